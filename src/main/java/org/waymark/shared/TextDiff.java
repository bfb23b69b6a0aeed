package org.waymark.shared;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a piece of free text, word by word: the later text
 * cut into runs that were kept, removed or added, in reading order (within a change, what
 * was removed comes before what replaced it).
 * <p>
 * The texts are compared line by line first and only the lines that changed word by word,
 * so that a long section with one edited sentence is cheap to compare and the result
 * reads as sentence edits rather than scattered words. A change too large to compare word
 * by word in reasonable time (thousands of words rewritten) is shown as the old lines
 * removed and the new ones added.
 *
 * @param segments the runs of text, in order; empty when both texts are empty
 */
public record TextDiff(List<Segment> segments) {

	/**
	 * Comparing n tokens with m costs up to n × m steps when they have nothing in common;
	 * past this the change is shown whole.
	 */
	static final long MAX_COMPARISON = 4_000_000L;

	// A word (letters and digits), a run of spaces, a line break, or one other character,
	// so punctuation changes show on their own and words are never split.
	private static final Pattern WORD_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[ \\t]+|\\n|[^\\p{L}\\p{N}\\s]|\\s");

	/** Whether a run of text was kept, removed or added. */
	public enum Kind {

		SAME, REMOVED, ADDED

	}

	/** A run of text that was kept, removed or added. */
	public record Segment(Kind kind, String text) {

		public boolean isAdded() {
			return this.kind == Kind.ADDED;
		}

		public boolean isRemoved() {
			return this.kind == Kind.REMOVED;
		}

		public boolean isSame() {
			return this.kind == Kind.SAME;
		}

	}

	public TextDiff {
		segments = List.copyOf(segments);
	}

	/**
	 * Compares two texts; null counts as empty, and line endings are made the same first.
	 */
	public static TextDiff between(String before, String after) {
		List<String> beforeLines = lines(normalise(before));
		List<String> afterLines = lines(normalise(after));
		Builder builder = new Builder();
		// Lines removed and added next to each other (one delta or several) are compared
		// word by word together.
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		for (AbstractDelta<String> delta : diff(beforeLines, afterLines)) {
			if (delta.getType() == DeltaType.EQUAL) {
				compareWords(removed.toString(), added.toString(), builder);
				removed.setLength(0);
				added.setLength(0);
				builder.add(Kind.SAME, String.join("", delta.getSource().getLines()));
			}
			else {
				delta.getSource().getLines().forEach(removed::append);
				delta.getTarget().getLines().forEach(added::append);
			}
		}
		compareWords(removed.toString(), added.toString(), builder);
		return new TextDiff(builder.build());
	}

	/** Whether anything was added or removed. */
	public boolean hasChanges() {
		return this.segments.stream().anyMatch((segment) -> segment.kind() != Kind.SAME);
	}

	private static void compareWords(String before, String after, Builder builder) {
		List<String> beforeWords = tokens(before);
		List<String> afterWords = tokens(after);
		if ((long) beforeWords.size() * afterWords.size() > MAX_COMPARISON) {
			builder.add(Kind.REMOVED, before);
			builder.add(Kind.ADDED, after);
			return;
		}
		for (AbstractDelta<String> delta : diff(beforeWords, afterWords)) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			if (delta.getType() == DeltaType.EQUAL) {
				builder.add(Kind.SAME, removed);
			}
			else {
				builder.add(Kind.REMOVED, removed);
				builder.add(Kind.ADDED, added);
			}
		}
	}

	private static List<AbstractDelta<String>> diff(List<String> before, List<String> after) {
		if ((long) before.size() * after.size() > MAX_COMPARISON) {
			// Even the lines are too many to compare: everything was replaced, as far as
			// a reader can tell.
			List<AbstractDelta<String>> whole = new ArrayList<>();
			whole.add(new ChangeDelta<>(new Chunk<>(0, before), new Chunk<>(0, after)));
			return whole;
		}
		return DiffUtils.diff(before, after, new MyersDiffWithLinearSpace<String>(), null, true).getDeltas();
	}

	private static String normalise(String text) {
		return (text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** The text's lines, each with its line break, so that joining them gives it back. */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = WORD_TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/**
	 * Joins runs of the same kind, and folds a lone space between two changes into them,
	 * so "a quick brown fox" → "a slow red fox" reads as one change ("quick brown" →
	 * "slow red") rather than two.
	 */
	private static final class Builder {

		private final List<Segment> raw = new ArrayList<>();

		void add(Kind kind, String text) {
			if (!text.isEmpty()) {
				this.raw.add(new Segment(kind, text));
			}
		}

		List<Segment> build() {
			List<Segment> result = new ArrayList<>();
			StringBuilder removed = new StringBuilder();
			StringBuilder added = new StringBuilder();
			for (int i = 0; i < this.raw.size(); i++) {
				Segment segment = this.raw.get(i);
				boolean foldable = segment.kind() == Kind.SAME && segment.text().isBlank()
						&& !segment.text().contains("\n") && (removed.length() > 0 || added.length() > 0)
						&& i + 1 < this.raw.size() && this.raw.get(i + 1).kind() != Kind.SAME;
				if (foldable) {
					removed.append(segment.text());
					added.append(segment.text());
				}
				else if (segment.kind() == Kind.REMOVED) {
					removed.append(segment.text());
				}
				else if (segment.kind() == Kind.ADDED) {
					added.append(segment.text());
				}
				else {
					flush(result, removed, added);
					append(result, segment);
				}
			}
			flush(result, removed, added);
			return result;
		}

		private static void flush(List<Segment> result, StringBuilder removed, StringBuilder added) {
			if (removed.length() > 0 && added.length() > 0 && removed.toString().contentEquals(added)) {
				append(result, new Segment(Kind.SAME, removed.toString()));
			}
			else {
				if (removed.length() > 0) {
					append(result, new Segment(Kind.REMOVED, removed.toString()));
				}
				if (added.length() > 0) {
					append(result, new Segment(Kind.ADDED, added.toString()));
				}
			}
			removed.setLength(0);
			added.setLength(0);
		}

		private static void append(List<Segment> result, Segment segment) {
			if (!result.isEmpty() && result.get(result.size() - 1).kind() == segment.kind()) {
				Segment last = result.remove(result.size() - 1);
				result.add(new Segment(segment.kind(), last.text() + segment.text()));
			}
			else {
				result.add(segment);
			}
		}

	}

}
