package de.kommunalpilot.platform;

import java.util.List;

/** One page of a list as the JSON API answers it: the entries, the page's number and size, and the totals. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageView<T> of(org.springframework.data.domain.Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

	/** A page of {@code content} out of {@code total} entries. */
	public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
		return new PageView<>(content, page, size, total, (int) ((total + size - 1) / size));
	}
}
