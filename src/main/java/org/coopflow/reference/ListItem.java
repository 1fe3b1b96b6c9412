package org.coopflow.reference;

/** A code of a list (sector, modality, working language): its place in the list, whether it is offered, its version. */
public record ListItem(String code, int sortOrder, boolean active, int version) {
}
