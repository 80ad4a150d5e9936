package io.signindoctor.artifacts.dns;

import io.signindoctor.model.DnsRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what a listing states while it is read; a record shown twice (as an answer and in the additional
 * section) counts once.
 */
final class Listed {

    final List<DnsRecord> records = new ArrayList<>();
    final List<Coverage> coverage = new ArrayList<>();
    final Set<String> zones = new LinkedHashSet<>();
    /** Names shown without their data (Export-Csv, Format-List without -ExpandProperty): they exist all the same. */
    final Set<String> withoutData = new LinkedHashSet<>();

    void add(DnsRecord record) {
        if (record != null && records.stream().noneMatch(known -> known.describe().equals(record.describe()))) {
            records.add(record);
        }
    }
}
