package dev.obsc.compiler.analysis;

import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.promql.SeriesCatalog;

/**
 * What analysis hands on: the canonical printing of every checked query for lowering, and the
 * series catalog the queries were checked against (declared metrics and recorded series).
 */
public record Analysis(QueryPrinter queries, SeriesCatalog catalog) {
}
