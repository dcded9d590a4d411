package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget control of a funding period: per line of the financing plan what was planned, what is committed (approved,
 * not paid) and what is paid; a line whose committed and paid amounts exceed its plan is over.
 */
public record Budget(List<Line> lines, Line total) {

	public record Line(String code, String label, BigDecimal planned, BigDecimal committed, BigDecimal paid) {

		/** Committed and paid together: what the line spends. */
		public BigDecimal spent() {
			return committed.add(paid);
		}

		/** What is left of the plan; negative when the line is over. */
		public BigDecimal available() {
			return planned.subtract(spent());
		}

		public boolean over() {
			return spent().compareTo(planned) > 0;
		}

		/** Spent as a share of the plan, in whole percent (0 when nothing is planned). */
		public int percent() {
			return planned.signum() == 0 ? 0 : spent().multiply(BigDecimal.valueOf(100)).divide(planned, 0, java.math.RoundingMode.HALF_UP).intValue();
		}
	}

	/**
	 * Budget control from a plan (amount per line code) and what is spent (per line code and status): every line of the
	 * terms, in their order, and the total.
	 */
	static Budget of(FundingTerms terms, java.util.Map<String, BigDecimal> plan, java.util.Map<String, java.util.Map<Expenditure.Status, BigDecimal>> spent) {
		java.util.List<Line> lines = new java.util.ArrayList<>();
		BigDecimal planned = zero(), committed = zero(), paid = zero();
		for (FundingTerms.Line line : terms.lines()) {
			java.util.Map<Expenditure.Status, BigDecimal> sums = spent.getOrDefault(line.code(), java.util.Map.of());
			Line entry = new Line(line.code(), line.label(), plan.getOrDefault(line.code(), zero()).setScale(2),
					sums.getOrDefault(Expenditure.Status.COMMITTED, zero()).setScale(2), sums.getOrDefault(Expenditure.Status.PAID, zero()).setScale(2));
			lines.add(entry);
			planned = planned.add(entry.planned());
			committed = committed.add(entry.committed());
			paid = paid.add(entry.paid());
		}
		return new Budget(lines, new Line("TOTAL", "Summe", planned, committed, paid));
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	/** The lines that spend more than planned. */
	public List<Line> overdrawn() {
		return lines.stream().filter(Line::over).toList();
	}
}
