package de.kommunalpilot.municipalities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map of Baden-Württemberg drawn on the server as SVG: the state's shape as the hull around all its
 * municipalities' seats, and each municipality with pilots as a point at its seat — coloured by the phase of its
 * newest pilot, sized by their number, linked to its page. The same content as a table for screen readers.
 */
@Component
public class MunicipalityMap {

	static final double WIDTH = 600;
	static final double WEST = 7.45;
	static final double NORTH = 49.85;
	static final double SOUTH = 47.45;
	/** Longitude shrinks with latitude: the map keeps the proportions of the middle of the state. */
	static final double LONGITUDE_FACTOR = Math.cos(Math.toRadians(48.6));
	static final double SCALE = WIDTH / (3.15 * LONGITUDE_FACTOR);

	private final Municipalities municipalities;
	private final ObjectProvider<MunicipalityActivities> activities;

	/** Where the seats are and the state's outline change only with the register: computed once per import. */
	private volatile Base base;

	private record Base(Map<UUID, Seat> seats, String outline) {
	}

	private record Seat(double x, double y, String name, String ags) {
	}

	MunicipalityMap(Municipalities municipalities, ObjectProvider<MunicipalityActivities> activities) {
		this.municipalities = municipalities;
		this.activities = activities;
	}

	/** A point: where, how big, which colour key, what it says, where it leads. */
	public record Point(double x, double y, double radius, String colour, String name, int count, String status, String href) {
	}

	public record Drawing(String viewBox, String outline, List<Point> points) {
	}

	@Transactional(readOnly = true)
	public Drawing draw() {
		Base drawn = base();
		Map<UUID, MunicipalityActivities.Summary> summary = new java.util.HashMap<>();
		activities.orderedStream().filter(MunicipalityActivities::onMap).forEach(provider -> summary.putAll(provider.summary()));
		List<Point> points = new ArrayList<>();
		summary.forEach((id, s) -> {
			Seat seat = drawn.seats().get(id);
			if (seat != null) {
				points.add(new Point(seat.x(), seat.y(), round(3 + 2.5 * Math.sqrt(s.count())), s.colour(), seat.name(), s.count(), s.status(),
						"/kommunen/" + seat.ags()));
			}
		});
		// the big ones under the small ones, then by name so the table reads in order
		points.sort(Comparator.comparingDouble(Point::radius).reversed().thenComparing(Point::name));
		double height = Math.ceil((NORTH - SOUTH) * SCALE);
		return new Drawing("0 0 " + (int) WIDTH + " " + (int) height, drawn.outline(), points);
	}

	/** After an import of the register: seats and outline are drawn anew. */
	void forget() {
		base = null;
	}

	private Base base() {
		Base known = base;
		if (known == null) {
			Map<UUID, Seat> seats = new java.util.HashMap<>();
			for (Municipality m : municipalities.placed()) {
				double[] at = project(m.longitude(), m.latitude());
				seats.put(m.id().value(), new Seat(round(at[0]), round(at[1]), m.name(), m.agsValue()));
			}
			known = new Base(Map.copyOf(seats), outline(seats.values().stream().map(seat -> new double[] { seat.x(), seat.y() }).toList()));
			base = known;
		}
		return known;
	}

	static double[] project(double longitude, double latitude) {
		return new double[] { (longitude - WEST) * LONGITUDE_FACTOR * SCALE, (NORTH - latitude) * SCALE };
	}

	/** The convex hull of the seats (Andrew's monotone chain) as an SVG path. */
	static String outline(List<double[]> seats) {
		if (seats.size() < 3) {
			return "";
		}
		List<double[]> sorted = new ArrayList<>(seats);
		sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
		List<double[]> hull = new ArrayList<>();
		for (int pass = 0; pass < 2; pass++) {
			int start = hull.size();
			for (double[] point : sorted) {
				while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), point) <= 0) {
					hull.remove(hull.size() - 1);
				}
				hull.add(point);
			}
			hull.remove(hull.size() - 1);
			java.util.Collections.reverse(sorted);
		}
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < hull.size(); i++) {
			path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", hull.get(i)[0], hull.get(i)[1]));
		}
		return path.append("Z").toString();
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
