package org.auditio.accounts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountSummary;

/** Accounts, loaded page by page from a service. */
class AccountGrid extends Grid<AccountSummary> {

    AccountGrid(BiFunction<Integer, Integer, List<AccountSummary>> page, Supplier<Long> count) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("accounts.name"))
                .setAutoWidth(true);
        addColumn(AccountSummary::email)
                .setHeader(getTranslation("accounts.email"))
                .setAutoWidth(true);
        addColumn(account -> account.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles"));
        addColumn(account -> getTranslation(account.passwordSet() ? "accounts.active" : "accounts.invited"))
                .setHeader(getTranslation("accounts.status"));
        addColumn(account -> dates.format(account.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("accounts.created"));
        addThemeVariants(GridVariant.ROW_STRIPES);
        setEmptyStateText(getTranslation("accounts.empty"));
        setAllRowsVisible(false);
        setHeight("28rem");
        setItems(
                query -> page.apply(query.getOffset(), query.getLimit()).stream(),
                query -> count.get().intValue());
    }
}
