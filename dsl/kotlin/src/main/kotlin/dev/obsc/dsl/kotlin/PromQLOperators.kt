package dev.obsc.dsl.kotlin

import dev.obsc.dsl.Expr

// Expr's plus, minus and times are Java methods Kotlin already uses as `+`, `-` and `*`;
// these add the rest, with exact decimals kept as text so thresholds never pick up float noise.

/** `a / b`, PromQL's division. */
operator fun Expr.div(other: Expr): Expr = dividedBy(other)

/** `a / "100"`, division by an exact decimal. */
operator fun Expr.div(exactDecimal: String): Expr = dividedBy(exactDecimal)

/** `a above "0.05"`: PromQL's filtering `>`. */
infix fun Expr.above(exactDecimal: String): Expr = gt(exactDecimal)

/** `a below "0.9"`: PromQL's filtering `<`. */
infix fun Expr.below(exactDecimal: String): Expr = lt(exactDecimal)

/** `a atLeast "1"`: PromQL's filtering `>=`. */
infix fun Expr.atLeast(exactDecimal: String): Expr = ge(exactDecimal)

/** `a atMost "1"`: PromQL's filtering `<=`. */
infix fun Expr.atMost(exactDecimal: String): Expr = le(exactDecimal)

/** `a equalTo "0"`: PromQL's filtering `==`. */
infix fun Expr.equalTo(exactDecimal: String): Expr = eq(exactDecimal)

/** `a andAlso b`: PromQL's `and` (named so, because `and` is already a method of Expr). */
infix fun Expr.andAlso(other: Expr): Expr = and(other)

/** `a except b`: PromQL's `unless`. */
infix fun Expr.except(other: Expr): Expr = unless(other)

/** `a orElse b`: PromQL's `or`. */
infix fun Expr.orElse(other: Expr): Expr = or(other)
