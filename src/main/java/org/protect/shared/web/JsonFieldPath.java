package org.protect.shared.web;

import tools.jackson.core.JacksonException;

/** The field a JSON reading problem is about, named by its path as the API documents it ({@code facts[0].value}). */
public final class JsonFieldPath {

	private JsonFieldPath() {
	}

	/** The path of the field, or an empty string when the problem names none (the body as a whole). */
	public static String of(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

}
