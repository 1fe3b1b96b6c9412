package org.coopflow.country;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.country.CountryMapper.ActionCount;
import org.coopflow.country.CountryMapper.AgencyRow;
import org.coopflow.country.CountryMapper.ConsultationRow;
import org.coopflow.country.CountryMapper.Count;
import org.coopflow.country.CountryMapper.ExpertRow;
import org.coopflow.country.CountryMapper.MouCount;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceData;
import org.coopflow.reference.ReferenceMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation with each partner country: the countries index (figures side by side) and one country's page
 * (organisations, requests, consultations, MOUs, follow-up, obligations, history), each within what the reader may
 * see (see {@link CountryScope}). A partner reads its own country's page, limited to its own organisation.
 */
@Service
public class Countries {

    /** A consultation with the agencies involved and the experts who took part. */
    public record Consultation(ConsultationRow row, List<String> agencies, List<ExpertRow> experts) {
    }

    /** What one country's page shows. */
    public record CountryPage(CountryFigures figures, boolean partnerView, List<Organisation> organisations,
                              List<CountryMapper.RequestRow> requests, List<Consultation> consultations,
                              List<CountryMapper.MouRow> mous, List<CountryMapper.ActionRow> actions, LocalDate today,
                              List<CountryMapper.HistoryRow> history) {
    }

    private static final int HISTORY_LINES = 100;

    private final CountryMapper mapper;
    private final ReferenceMapper organisations;
    private final Clock clock;

    Countries(CountryMapper mapper, ReferenceMapper organisations, Clock clock) {
        this.mapper = mapper;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Every partner country the reader may see (a partner: its own), with its figures, by name. */
    @Transactional(readOnly = true)
    public List<CountryFigures> index(CurrentUser user, Locale locale) {
        CountryScope scope = scope(user);
        Map<String, List<Organisation>> partners = partnersByCountry(scope);
        Figures figures = figures(scope, null);
        return partners.keySet().stream().map(code -> figures.of(code, ReferenceData.countryName(code, locale),
                        partners.get(code).size()))
                .sorted(Comparator.comparing(CountryFigures::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    /** One country's page; 404 for a country without partners, or another country than a partner's own. */
    @Transactional(readOnly = true)
    public CountryPage page(CurrentUser user, String countryCode, Locale locale) {
        CountryScope scope = scope(user);
        String code = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
        List<Organisation> partners = partnersByCountry(scope).get(code);
        if (partners == null) {
            throw new NotFoundException("countries.notFound");
        }
        CountryFigures figures = figures(scope, code).of(code, ReferenceData.countryName(code, locale),
                partners.size());
        List<ConsultationRow> consultationRows = mapper.findConsultations(scope, code);
        List<Long> ids = consultationRows.stream().map(ConsultationRow::requestId).distinct().toList();
        Map<Long, List<String>> agencies = ids.isEmpty() ? Map.of() : mapper.findAgencies(ids).stream()
                .collect(Collectors.groupingBy(AgencyRow::requestId, LinkedHashMap::new,
                        Collectors.mapping(AgencyRow::agencyCode, Collectors.toList())));
        Map<Long, List<ExpertRow>> teams = ids.isEmpty() ? Map.of() : mapper.findTeams(ids).stream()
                .collect(Collectors.groupingBy(ExpertRow::requestId));
        List<Consultation> consultations = consultationRows.stream().map(c -> new Consultation(c,
                agencies.getOrDefault(c.requestId(), List.of()), teams.getOrDefault(c.requestId(), List.of())))
                .toList();
        return new CountryPage(figures, scope.partner(), partners, mapper.findRequests(scope, code), consultations,
                mapper.findMous(scope, code), mapper.findOpenActions(scope, code), today(),
                mapper.findHistory(scope, code, HISTORY_LINES));
    }

    /** Requests per status and country, for the charts. */
    @Transactional(readOnly = true)
    public Map<String, Map<RequestStatus, Long>> requestsByStatus(CurrentUser user) {
        Map<String, Map<RequestStatus, Long>> counts = new LinkedHashMap<>();
        for (Count c : mapper.countRequests(scope(user), null)) {
            counts.computeIfAbsent(c.countryCode(), k -> new java.util.EnumMap<>(RequestStatus.class))
                    .put(RequestStatus.valueOf(c.code()), c.amount());
        }
        return counts;
    }

    /** The reader's scope; country pages are for managers, coordinators and partners (403 for anyone else). */
    private CountryScope scope(CurrentUser user) {
        String partnerCountry = null;
        if (user.isPartner()) {
            Organisation own = organisations.findOrganisation(user.organisationCode());
            partnerCountry = own == null ? null : own.countryCode();
        }
        return CountryScope.of(user, partnerCountry);
    }

    /** The partner organisations by country; a partner knows only its own organisation and country. */
    private Map<String, List<Organisation>> partnersByCountry(CountryScope scope) {
        Map<String, List<Organisation>> byCountry = new LinkedHashMap<>();
        for (Organisation o : organisations.findOrganisations(Organisation.PARTNER)) {
            if (!scope.partner() || o.code().equals(scope.partnerOrg())) {
                byCountry.computeIfAbsent(o.countryCode(), k -> new ArrayList<>()).add(o);
            }
        }
        return byCountry;
    }

    private Figures figures(CountryScope scope, String country) {
        return new Figures(mapper.countRequests(scope, country), mapper.countConsultationsHeld(scope, country),
                mapper.countMous(scope, country), mapper.countActions(scope, country, today()),
                mapper.countObligations(scope, country));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.SEOUL));
    }

    /** The counts of every country, read once, looked up per country. */
    private record Figures(List<Count> requests, List<Count> consultations, List<MouCount> mous,
                           List<ActionCount> actions, List<Count> obligations) {

        CountryFigures of(String code, String name, int organisations) {
            List<Count> own = requests.stream().filter(c -> c.countryCode().equals(code)).toList();
            long total = own.stream().mapToLong(Count::amount).sum();
            long open = own.stream().filter(c -> !RequestStatus.valueOf(c.code()).isClosed())
                    .mapToLong(Count::amount).sum();
            long held = consultations.stream().filter(c -> c.countryCode().equals(code)).mapToLong(Count::amount)
                    .sum();
            MouCount mou = byCountry(mous, MouCount::countryCode).getOrDefault(code, new MouCount(code, 0, 0, 0));
            ActionCount action = byCountry(actions, ActionCount::countryCode)
                    .getOrDefault(code, new ActionCount(code, 0, 0));
            Map<String, Long> occurrences = obligations.stream().filter(c -> c.countryCode().equals(code))
                    .collect(Collectors.toMap(Count::code, Count::amount, Long::sum));
            return new CountryFigures(code, name, organisations, total, open, held, mou.signedMous(),
                    mou.inForceMous(), mou.expiringMous(), action.openActions(), action.overdueActions(),
                    occurrences.getOrDefault("SCHEDULED", 0L), occurrences.getOrDefault("DUE", 0L),
                    occurrences.getOrDefault("OVERDUE", 0L));
        }

        private static <T> Map<String, T> byCountry(List<T> rows, Function<T, String> country) {
            return rows.stream().collect(Collectors.toMap(country, Function.identity(), (a, b) -> a));
        }
    }
}
