package io.backbeat.purchase;

import io.backbeat.account.Role;
import io.backbeat.catalog.Artist;
import io.backbeat.catalog.Musicians;
import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.Ledger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A musician's earnings, read from the postings of the artist's ledger account and nowhere else: every entry that
 * touched it is a sale (or the reversal of one), and that entry's other postings are the customer's price and the
 * distributor's and the retailer's shares.
 */
@Stateless
@RolesAllowed(Role.MUSICIAN_NAME)
public class Earnings {

    /** The CSV statement's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("date", "entry", "kind", "work", "title", "price",
            "artist", "distributor", "retailer", "reverses");

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    Musicians musicians;

    /** The balance, and the period's sales with their splits and totals; none for a musician without an artist. */
    public EarningsStatement statement(String email, EarningsPeriod period) {
        Optional<Long> artist = musicians.artistOf(email).map(Artist::id);
        List<EarningsStatement.Sale> sales = artist.map(id -> sales(id, period)).orElse(List.of());
        long balance = artist.map(id -> ledger.balance(AccountKind.ARTIST, id)).orElse(0L);
        return new EarningsStatement(balance, period.from().toString(), period.to().toString(), period.by().label(),
                sales.stream().mapToLong(EarningsStatement.Sale::artist).sum(), sales, totals(sales, period));
    }

    /** The artist's net share and the number of sales per bucket, every bucket of the period included. */
    private static List<EarningsStatement.Total> totals(List<EarningsStatement.Sale> sales, EarningsPeriod period) {
        var points = new LinkedHashMap<LocalDate, Long>();
        var counts = new HashMap<LocalDate, Integer>();
        period.buckets().forEach(start -> points.put(start, 0L));
        for (EarningsStatement.Sale sale : sales) {
            LocalDate bucket = period.by().start(LocalDate.ofInstant(Instant.parse(sale.at()), ZoneOffset.UTC));
            points.merge(bucket, sale.artist(), Long::sum);
            if (EarningsStatement.SALE.equals(sale.kind())) {
                counts.merge(bucket, 1, Integer::sum);
            }
        }
        return points.entrySet().stream().map(total -> new EarningsStatement.Total(total.getKey().toString(),
                total.getValue(), counts.getOrDefault(total.getKey(), 0))).toList();
    }

    /** The period's sales as CSV (RFC 4180, a header line, oldest first), for a spreadsheet or an accountant. */
    public String csv(String email, EarningsPeriod period) {
        List<EarningsStatement.Sale> sales = new ArrayList<>(statement(email, period).sales());
        Collections.reverse(sales);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).build())) {
            for (EarningsStatement.Sale sale : sales) {
                csv.printRecord(sale.at(), sale.entry(), sale.kind(), sale.work(), sale.title(), sale.price(),
                        sale.artist(), sale.distributor(), sale.retailer(), sale.reverses());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Each entry that touched the artist's account in the period, newest first, with its split from its own postings.
     * An entry from before sales named their work (V9) shows its memo as the title.
     */
    private List<EarningsStatement.Sale> sales(long artistId, EarningsPeriod period) {
        var splits = new HashMap<Long, Map<AccountKind, Long>>();
        em.createQuery("SELECT p.entry.id, p.account.kind, p.amount FROM Posting p WHERE p.entry IN (SELECT q.entry"
                        + " FROM Posting q WHERE q.account.kind = :kind AND q.account.ownerId = :artist"
                        + " AND q.entry.postedAt >= :start AND q.entry.postedAt < :end)", Object[].class)
                .setParameter("kind", AccountKind.ARTIST)
                .setParameter("artist", artistId)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultStream()
                .forEach(row -> splits.computeIfAbsent((Long) row[0], entry -> new HashMap<>())
                        .merge((AccountKind) row[1], (Long) row[2], Long::sum));
        return em.createQuery("SELECT e.id, e.memo, e.work, w.title, e.postedAt, e.reverses, e.kind FROM Posting q"
                        + " JOIN q.entry e LEFT JOIN Work w ON w.id = e.work"
                        + " WHERE q.account.kind = :kind AND q.account.ownerId = :artist"
                        + " AND e.postedAt >= :start AND e.postedAt < :end ORDER BY e.postedAt DESC, e.id DESC",
                        Object[].class)
                .setParameter("kind", AccountKind.ARTIST)
                .setParameter("artist", artistId)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultStream()
                .map(row -> sale(row, splits.get((Long) row[0])))
                .toList();
    }

    private static EarningsStatement.Sale sale(Object[] row, Map<AccountKind, Long> split) {
        long artist = split.getOrDefault(AccountKind.ARTIST, 0L);
        long distributor = split.getOrDefault(AccountKind.DISTRIBUTOR, 0L);
        long retailer = split.getOrDefault(AccountKind.RETAILER, 0L);
        // By the entry's kind: refunds posted before V9 did not record the entry they reverse.
        String kind = row[6] == EntryKind.PURCHASE ? EarningsStatement.SALE : EarningsStatement.REVERSAL;
        return new EarningsStatement.Sale((Long) row[0], kind, (Long) row[2],
                row[3] == null ? (String) row[1] : (String) row[3], row[4].toString(), artist + distributor + retailer,
                artist, distributor, retailer, (Long) row[5]);
    }
}
