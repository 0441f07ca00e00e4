//! The ERP export: every line of every invoice the caller may list, one CSV row each (RFC 4180
//! quoting), optionally only invoices issued within a range of the venue's dates. The command
//! line (`convene export invoices`) and finance's download in the browser write the same bytes.

use jiff::civil::Date;

use crate::{App, AppResult, MAX_PAGE_SIZE, Principal};

/// The header row, the columns in their order.
pub const INVOICE_CSV_HEADER: &str = "invoice_number,invoice_id,issued_at,mission,event_request_id,reason,service_line_id,unit,item,rate_version,quantity,unit_price,fee_rate,amount,currency";

/// The invoices issued from `from` to `to` (venue dates, both included; either may be open).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IssueDates {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl IssueDates {
    /// Whether an invoice issued on `day` (a venue date) is in the range.
    pub fn holds(&self, day: Date) -> bool {
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }
}

/// The CSV with its header row, and how many line rows it holds.
pub async fn invoice_csv(
    app: &App,
    principal: &Principal,
    dates: IssueDates,
) -> AppResult<(String, usize)> {
    let mut out = String::from(INVOICE_CSV_HEADER);
    out.push('\n');
    let mut rows = 0usize;
    let mut after = None;
    loop {
        let page = app
            .invoices(principal, None, after, Some(MAX_PAGE_SIZE))
            .await?;
        for view in &page.items {
            let invoice = &view.invoice;
            let issued = convene_domain::time::local_date(invoice.issued_at());
            if !dates.holds(issued) {
                continue;
            }
            for line in invoice.lines() {
                let fields = [
                    invoice.number().to_string(),
                    invoice.id().to_string(),
                    invoice.issued_at().to_string(),
                    invoice.mission().to_string(),
                    invoice.event_request().to_string(),
                    invoice.reason().as_str().to_string(),
                    line.service_line.to_string(),
                    line.unit.to_string(),
                    line.item.to_string(),
                    line.rate_version.to_string(),
                    line.quantity.to_string(),
                    line.unit_price.amount().to_string(),
                    line.fee_rate
                        .map(|rate| rate.to_string())
                        .unwrap_or_default(),
                    line.amount.amount().to_string(),
                    line.amount.currency().to_string(),
                ];
                let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
                out.push_str(&row.join(","));
                out.push('\n');
                rows += 1;
            }
        }
        match (page.has_next, page.items.last()) {
            (true, Some(last)) => after = Some(last.invoice.id()),
            _ => break,
        }
    }
    Ok((out, rows))
}

/// One field, quoted when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(csv_field("INV-2026-000001"), "INV-2026-000001");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn a_range_holds_its_ends_and_may_be_open() {
        let day = |d: i8| jiff::civil::date(2026, 1, d);
        let range = IssueDates {
            from: Some(day(10)),
            to: Some(day(20)),
        };
        assert!(range.holds(day(10)) && range.holds(day(20)) && range.holds(day(15)));
        assert!(!range.holds(day(9)) && !range.holds(day(21)));
        assert!(IssueDates::default().holds(day(1)));
        let open_end = IssueDates {
            from: Some(day(10)),
            to: None,
        };
        assert!(open_end.holds(day(31)) && !open_end.holds(day(9)));
    }
}
