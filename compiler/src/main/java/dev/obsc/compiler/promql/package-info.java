/**
 * The PromQL front end: parser, canonical printer and type checker for Prometheus 2.x PromQL.
 *
 * <ul>
 *   <li>{@link dev.obsc.compiler.promql.PromQL#parse(String)} gives an immutable tree of
 *       {@link dev.obsc.compiler.promql.Expr} records, each with its source
 *       {@link dev.obsc.compiler.promql.Span}, or throws
 *       {@link dev.obsc.compiler.promql.PromQLSyntaxException}.</li>
 *   <li>{@link dev.obsc.compiler.promql.PromQL#print(Expr)} prints canonical text that parses
 *       back to the same tree.</li>
 *   <li>{@link dev.obsc.compiler.promql.PromQL#check(String, SeriesCatalog, CheckOptions)}
 *       type-checks against a {@link dev.obsc.compiler.promql.SeriesCatalog} and returns
 *       diagnostics as values, never throwing for bad input.</li>
 *   <li>{@link dev.obsc.compiler.promql.References} and {@link dev.obsc.compiler.promql.Ast}
 *       walk trees: referenced metrics and labels, pre-order traversal, structural equality.</li>
 * </ul>
 */
package dev.obsc.compiler.promql;
