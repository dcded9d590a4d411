package de.kommunalpilot.platform;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list as the JSON API answers it: the entries, the page's number and size, and the totals.
 *
 * @param content the entries of this page
 * @param page the page's number, from 0
 * @param size the most entries a page holds
 * @param totalElements how many entries the whole list has
 * @param totalPages how many pages the list has
 */
public record PageView<T>(List<T> content, @Schema(example = "0") int page, @Schema(example = "50") int size,
		@Schema(example = "137") long totalElements, @Schema(example = "3") int totalPages) {

	public static <T> PageView<T> of(org.springframework.data.domain.Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

	/** A page of {@code content} out of {@code total} entries. */
	public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
		return new PageView<>(content, page, size, total, (int) ((total + size - 1) / size));
	}
}
