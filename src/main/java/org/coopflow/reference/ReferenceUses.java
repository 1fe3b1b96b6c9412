package org.coopflow.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything that uses a reference code: what the other modules report ({@link ReferenceUsage}), the accounts and
 * experts of this module's tables, and the routing decision ({@link SectorRoutes}).
 */
@Component
class ReferenceUses {

    /** The uses of a code; a code with any is fixed, one with open requests is not deactivated. */
    record Uses(List<ReferenceUsage.Use> uses) {

        boolean any() {
            return uses.stream().anyMatch(u -> u.count() > 0);
        }

        long open() {
            return uses.stream().mapToLong(ReferenceUsage.Use::open).sum();
        }

        List<String> openRefs() {
            return uses.stream().flatMap(u -> u.refs().stream()).distinct().limit(5).toList();
        }
    }

    private final List<ReferenceUsage> modules;
    private final ObjectProvider<SectorRoutes> routing;
    private final ReferenceAdminMapper mapper;
    private final ReferenceMapper reference;

    ReferenceUses(List<ReferenceUsage> modules, ObjectProvider<SectorRoutes> routing, ReferenceAdminMapper mapper,
                  ReferenceMapper reference) {
        this.modules = modules;
        this.routing = routing;
        this.mapper = mapper;
        this.reference = reference;
    }

    Uses of(ReferenceKind kind, String code) {
        List<ReferenceUsage.Use> uses = new ArrayList<>();
        for (ReferenceUsage module : modules) {
            uses.addAll(module.usesOf(kind, code));
        }
        if (kind == ReferenceKind.PARTNER || kind == ReferenceKind.AGENCY) {
            uses.add(use("reference.use.accounts", mapper.countAccounts(code)));
            uses.add(use("reference.use.groupMembers",
                    mapper.findGroups(code).stream().mapToLong(ReferenceAdminMapper.GroupRow::members).sum()));
        }
        if (kind == ReferenceKind.AGENCY || kind == ReferenceKind.SECTOR || kind == ReferenceKind.LANGUAGE) {
            uses.add(use("reference.use.experts", mapper.countExperts(kind.name(), code)));
        }
        if (kind == ReferenceKind.AGENCY) {
            uses.add(use("reference.use.routedSectors", routedTo(code).size()));
        }
        if (kind == ReferenceKind.SECTOR) {
            SectorRoutes.Route route = routes(List.of(code)).get(code);
            uses.add(use("reference.use.routing", route != null && route.lead() != null ? 1 : 0));
        }
        return new Uses(uses.stream().filter(u -> u.count() > 0).toList());
    }

    /** The sectors the routing decision sends to this agency (as lead or support), with their routes. */
    List<SectorRoutes.Route> routedTo(String agency) {
        List<String> sectors = reference.findSectors().stream().map(Sector::code).toList();
        return routes(sectors).values().stream().filter(r -> r.involves(agency)).toList();
    }

    Map<String, SectorRoutes.Route> routes(List<String> sectors) {
        SectorRoutes routes = routing.getIfAvailable();
        return routes == null ? Map.of() : routes.routes(sectors);
    }

    private static ReferenceUsage.Use use(String what, long count) {
        return new ReferenceUsage.Use(what, count, 0, List.of());
    }
}
