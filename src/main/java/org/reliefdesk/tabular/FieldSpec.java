package org.reliefdesk.tabular;

/** A field a column mapping can name: its JSON key, its label in the mapping dialog, and whether it is required. */
public record FieldSpec(String key, String label, boolean required) {
}
