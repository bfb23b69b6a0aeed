package org.waymark.risk;

/** A mitigation as saved, for the forms that change or remove it. */
public record SavedMitigation(long id, MitigationDetails details) {

}
