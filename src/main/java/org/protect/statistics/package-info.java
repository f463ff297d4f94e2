/**
 * Anonymised indicators for policy with small-cell suppression: children identified, the time their
 * protection took, the failure modes of returns, and cross-border requests against their deadlines.
 * <p>
 * <b>How it reads other modules' data.</b> Through read-only SQL views in its own {@code statistics} schema
 * (migration {@code db/migration/statistics}), not through the cases' public service. The figures aggregate
 * every case of the node in one pass; the public service reads one case at a time, for one reader, with an
 * access check and an audit entry per case, which is right for a person opening a file and wrong for counting
 * a million of them (and it would record an analyst as having read every child's file). The views are the
 * contract instead: they expose per case only the dimensions and days the indicators need (country of origin,
 * sex, age at identification, the days of each step, yes/no flags), never a name, a birth date or free text,
 * so this module cannot see who a child is; they fail loudly if the tables under them change; and they run as
 * well on a read replica. The Java code uses the cases' and cooperation's public enums only, for the full
 * list of exploitation and request types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "cases", "cooperation" })
package org.protect.statistics;
