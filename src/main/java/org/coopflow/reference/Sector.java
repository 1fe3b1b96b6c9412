package org.coopflow.reference;

public record Sector(String code, String name, String description, int sortOrder) {
}
