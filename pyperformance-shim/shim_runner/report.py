"""The summary printed after a run: a Markdown table with one row per
measured benchmark (a script may measure several, as scimark does), the
mean +- standard deviation under each interpreter, and the ratio of the
first interpreter's mean to the second's; then one line per failure.
"""

from pyperf._format import format_times, mean, stdev


def _cell(values):
    if not values:
        return "failed"
    text_mean, text_stdev = format_times([mean(values), stdev(values)])
    if len(values) == 1:
        return text_mean
    return "%s +- %s" % (text_mean, text_stdev)


def _rows(outcomes):
    """[(row name, {label: values})] in first-seen order. A script's rows
    are the benchmarks it measured under any interpreter, or its own name
    when it measured nothing anywhere."""
    order = []
    table = {}
    scripts = []
    for outcome in outcomes:
        if outcome.benchmark not in scripts:
            scripts.append(outcome.benchmark)
    for script in scripts:
        mine = [o for o in outcomes if o.benchmark == script]
        names = [name for o in mine for name, _ in o.results] or [script]
        for name in names:
            if name not in table:
                table[name] = {}
                order.append(name)
        for outcome in mine:
            for name, values in outcome.results:
                table[name][outcome.interpreter] = values
    return [(name, table[name]) for name in order]


def _markdown(header, rows):
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


def summary(outcomes, labels):
    """The table and failure list for `outcomes` run under the interpreters
    named by `labels` (in column order), as one string."""
    header = ["benchmark"] + list(labels)
    if len(labels) == 2:
        header.append("%s / %s" % (labels[0], labels[1]))
    rows = []
    for name, by_label in _rows(outcomes):
        row = [name] + [_cell(by_label.get(label)) for label in labels]
        if len(labels) == 2:
            first, second = by_label.get(labels[0]), by_label.get(labels[1])
            if first and second and mean(second) > 0:
                row.append("%.2fx" % (mean(first) / mean(second)))
            else:
                row.append("-")
        rows.append(row)
    text = _markdown(header, rows)
    failures = [o for o in outcomes if not o.ok]
    if failures:
        text += "\n\nFailed (%d):\n" % len(failures)
        text += "\n".join("- %s under %s: %s" % (o.benchmark, o.interpreter, o.error)
                          for o in failures)
    return text
