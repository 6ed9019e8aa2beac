package org.chantilly.intake.api;

import java.util.List;

/** A page of a search: its items, which page, how big, and how many match in all. */
public record ComplaintPage(List<ComplaintListItem> items, int page, int size, long total) {
}
