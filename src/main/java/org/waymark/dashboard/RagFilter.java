package org.waymark.dashboard;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which items the RAG view lists: those with any of the chosen colours and of any of the
 * chosen types. Choosing no colour means every colour, and choosing no type every type,
 * so the view with no filters lists everything.
 *
 * @param colours the colours chosen; empty for all
 * @param types the types chosen; empty for all
 */
public record RagFilter(Set<RagColour> colours, Set<RagItemType> types) {

	public RagFilter {
		colours = colours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(colours));
		types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
	}

	/** Every item. */
	public static RagFilter none() {
		return new RagFilter(Set.of(), Set.of());
	}

	/**
	 * Reads the form's values; blank ones (an empty parameter) are ignored.
	 * @param colours the {@code colour} values sent, or null
	 * @param types the {@code type} values sent, or null
	 * @throws UnknownRagFilterException for a value that names no colour or type
	 */
	public static RagFilter parse(Collection<String> colours, Collection<String> types) {
		Set<RagColour> chosenColours = EnumSet.noneOf(RagColour.class);
		for (String value : (colours != null) ? colours : List.<String>of()) {
			if (value != null && !value.isBlank()) {
				chosenColours.add(RagColour.fromParameter(value)
					.orElseThrow(() -> new UnknownRagFilterException("colour", value)));
			}
		}
		Set<RagItemType> chosenTypes = EnumSet.noneOf(RagItemType.class);
		for (String value : (types != null) ? types : List.<String>of()) {
			if (value != null && !value.isBlank()) {
				chosenTypes.add(RagItemType.fromParameter(value)
					.orElseThrow(() -> new UnknownRagFilterException("type", value)));
			}
		}
		return new RagFilter(chosenColours, chosenTypes);
	}

	public boolean isFiltered() {
		return !this.colours.isEmpty() || !this.types.isEmpty();
	}

	public boolean admits(RagItem item) {
		boolean typeWanted = this.types.isEmpty() || this.types.contains(item.type());
		boolean colourWanted = this.colours.isEmpty() || item.colours().stream().anyMatch(this.colours::contains);
		return typeWanted && colourWanted;
	}

	/** For the form's checkboxes. */
	public boolean hasColour(RagColour colour) {
		return this.colours.contains(colour);
	}

	public boolean hasType(RagItemType type) {
		return this.types.contains(type);
	}

}
