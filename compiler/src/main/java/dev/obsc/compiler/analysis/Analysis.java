package dev.obsc.compiler.analysis;

import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.promql.SeriesCatalog;

import java.util.List;

/**
 * What analysis hands on: the canonical printing of every checked query for lowering, the series
 * catalog the queries were checked against (declared metrics and recorded series), and the
 * warnings the definitions accepted and where every alert is routed, for the review reports.
 */
public record Analysis(QueryPrinter queries, SeriesCatalog catalog, List<AcceptedWarning> acceptedWarnings,
                       RoutingTable routing) {
    public Analysis {
        acceptedWarnings = List.copyOf(acceptedWarnings);
    }
}
