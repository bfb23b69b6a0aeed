package org.waymark.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * LibreOffice (headless) for the tests that open Waymark's files in a real spreadsheet
 * tool. Like the browser tests, they are skipped with a message where {@code soffice} is
 * not installed, and fail for want of it on CI ({@code CI=true}).
 */
public final class LibreOffice {

	private static final Path SOFFICE = Path.of(System.getProperty("waymark.soffice", "/usr/bin/soffice"));

	private LibreOffice() {
	}

	/** Skips the calling test class without LibreOffice, or fails it on CI. */
	public static void requireInstalled() {
		if (Files.isExecutable(SOFFICE)) {
			return;
		}
		String problem = SOFFICE + " is not installed.";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(problem + " CI=true, so this is a failure, not a skip.");
		}
		Assumptions.abort(problem + " Skipping the LibreOffice checks; on CI (CI=true) they fail.");
	}

	/**
	 * Opens the file in LibreOffice and saves it with the given filter ("xlsx", or a CSV
	 * filter with its options).
	 * @param directory a directory of the test's own, for LibreOffice's profile and the
	 * files it writes
	 * @return the files LibreOffice wrote, by name; fails with what LibreOffice said when
	 * it wrote none or took over three minutes
	 */
	public static Map<String, Path> convert(Path file, String filter, Path directory)
			throws IOException, InterruptedException {
		Path out = directory.resolve("out-" + file.getFileName());
		Files.createDirectories(out);
		List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
				"-env:UserInstallation=" + directory.resolve("profile").toUri(), "--convert-to", filter));
		if (file.toString().endsWith(".csv")) {
			command.add("--infilter=CSV:44,34,76");
		}
		command.addAll(List.of("--outdir", out.toString(), file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("LibreOffice took over three minutes to convert " + file.getFileName());
		}
		Map<String, Path> written = new TreeMap<>();
		try (Stream<Path> files = Files.list(out)) {
			files.forEach((path) -> written.put(path.getFileName().toString(), path));
		}
		assertThat(written).as(new String(process.getInputStream().readAllBytes())).isNotEmpty();
		return written;
	}

}
