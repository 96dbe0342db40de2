#include "render/report_charts.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "render/html.h"
#include "render/report_json.h"

namespace stretch {

namespace {

std::string num(double value) {
    const double rounded = std::round(value * 10) / 10;
    std::string text = std::to_string(rounded);
    text.erase(text.find('.') + 2);
    if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.erase(text.size() - 2);
    return text;
}

std::string svg_open(double width, double height, const std::string& label, const std::string& css_class) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + css_class + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
           "\" role=\"img\" aria-label=\"" + html_text(label) + "\" font-family=\"Liberation Sans, Arial, sans-serif\">\n"
           "<title>" + html_text(label) + "</title>\n";
}

std::string text_at(double x, double y, const std::string& text, double size, const std::string& extra = {}) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + num(size) + "\"" + extra + ">" +
           html_text(text) + "</text>\n";
}

/// The mark of one status in a square cell at (x, y) of side `s`.
std::string status_mark(DayStatus status, double x, double y, double s) {
    const std::string at = "x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(s) + "\" height=\"" + num(s) + "\"";
    const std::string box = "<rect " + at + " fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"/>";
    switch (status) {
        case DayStatus::complete: return "<rect " + at + " fill=\"#000\" stroke=\"#000\" stroke-width=\"1\"/>";
        case DayStatus::partial:
            return box + "<path d=\"M" + num(x) + "," + num(y + s) + " L" + num(x + s) + "," + num(y + s) + " L" +
                   num(x + s) + "," + num(y) + " Z\" fill=\"#000\"/>";
        case DayStatus::missed: return box;
        case DayStatus::skipped:
            return box + "<line x1=\"" + num(x) + "\" y1=\"" + num(y + s) + "\" x2=\"" + num(x + s) + "\" y2=\"" +
                   num(y) + "\" stroke=\"#000\" stroke-width=\"1\"/>";
        case DayStatus::rested:
            return box + "<circle cx=\"" + num(x + s / 2) + "\" cy=\"" + num(y + s / 2) + "\" r=\"" + num(s / 4) +
                   "\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\"/>";
        case DayStatus::gentle:
            return box + "<circle cx=\"" + num(x + s * 0.62) + "\" cy=\"" + num(y + s * 0.62) + "\" r=\"" + num(s / 5) +
                   "\" fill=\"#000\"/>";
        case DayStatus::paused:
            return box + "<line x1=\"" + num(x) + "\" y1=\"" + num(y + s / 2) + "\" x2=\"" + num(x + s) + "\" y2=\"" +
                   num(y + s / 2) + "\" stroke=\"#000\" stroke-width=\"1.5\"/>";
        case DayStatus::pending:
            return "<rect " + at + " fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>";
        case DayStatus::not_scheduled:
        case DayStatus::not_started: return "<rect " + at + " fill=\"#e6e6e6\" stroke=\"none\"/>";
        case DayStatus::future: return "<rect " + at + " fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.5\"/>";
    }
    return {};
}

constexpr DayStatus kLegend[] = {DayStatus::complete, DayStatus::partial, DayStatus::missed,
                                 DayStatus::skipped,  DayStatus::rested,  DayStatus::gentle,  DayStatus::paused,
                                 DayStatus::pending,  DayStatus::not_scheduled, DayStatus::future};

std::string legend_word(DayStatus status) {
    switch (status) {
        case DayStatus::rested: return "rested (pain)";
        case DayStatus::gentle: return "gentle routine";
        case DayStatus::paused: return "all paused";
        case DayStatus::pending: return "today";
        case DayStatus::not_scheduled: return "nothing asked";
        case DayStatus::future: return "not yet";
        default: return to_text(status);
    }
}

constexpr double kLegendHeight = 50;
constexpr double kLegendWidth = 440;

/// The legend in three rows of four from (0, y), kLegendWidth wide.
std::string legend(double y) {
    std::string out;
    const double step = kLegendWidth / 4;
    for (size_t i = 0; i < std::size(kLegend); ++i) {
        const double x = (i % 4) * step + 1, row_y = y + (i / 4) * 16;
        out += status_mark(kLegend[i], x, row_y, 10);
        out += text_at(x + 14, row_y + 9, legend_word(kLegend[i]), 10);
    }
    return out;
}

int week_row(const Report& r, Date day) { return days_between(r.weeks.front().start, day) / 7; }
int weekday_column(const Report& r, Date day) { return days_between(r.weeks.front().start, day) % 7; }

std::string month_calendar(const Report& r) {
    constexpr double kCell = 30, kGap = 4, kLabel = 62, kHead = 16;
    const double width = std::max(kLabel + 7 * (kCell + kGap), kLegendWidth);
    const double height = kHead + r.weeks.size() * (kCell + kGap) + 8 + kLegendHeight;
    std::string out = svg_open(width, height, "Consistency calendar, " + to_iso(r.range.first) + " to " + to_iso(r.range.last),
                               "calendar month");
    for (int column = 0; column < 7; ++column)
        out += text_at(kLabel + column * (kCell + kGap) + kCell / 2, 11,
                       weekday_abbreviation(add_days(r.weeks.front().start, column)), 10, " text-anchor=\"middle\"");
    for (size_t row = 0; row < r.weeks.size(); ++row)
        out += text_at(0, kHead + row * (kCell + kGap) + kCell / 2 + 4, day_and_month(r.weeks[row].start), 10);
    for (const DayResult& day : r.days) {
        const double x = kLabel + weekday_column(r, day.day) * (kCell + kGap);
        const double y = kHead + week_row(r, day.day) * (kCell + kGap);
        out += status_mark(day.status, x, y, kCell);
        const bool dark = day.status == DayStatus::complete;
        out += text_at(x + 2.5, y + 10, std::to_string(static_cast<unsigned>(day.day.day())), 9,
                       dark ? " fill=\"#fff\"" : "");
    }
    out += legend(height - kLegendHeight + 6);
    return out + "</svg>\n";
}

std::string year_strip(const Report& r) {
    constexpr double kCell = 10, kGap = 2, kLabel = 28, kHead = 14;
    const double width = std::max(kLabel + r.weeks.size() * (kCell + kGap), 560.0);
    const double height = kHead + 7 * (kCell + kGap) + 8 + kLegendHeight;
    std::string out = svg_open(width, height, "Consistency calendar, " + to_iso(r.range.first) + " to " + to_iso(r.range.last),
                               "calendar year");
    for (int row = 0; row < 7; ++row)
        out += text_at(0, kHead + row * (kCell + kGap) + 8.5, weekday_abbreviation(add_days(r.weeks.front().start, row)), 8);
    unsigned last_month = 0;
    for (size_t column = 0; column < r.weeks.size(); ++column) {
        // A column is labelled with the month its first day in the range is in.
        const Date first = std::max(r.weeks[column].start, r.range.first);
        const unsigned month = static_cast<unsigned>(first.month());
        const std::string date = day_and_month(first);
        if (month != last_month) out += text_at(kLabel + column * (kCell + kGap), 9, date.substr(date.find(' ') + 1), 8);
        last_month = month;
    }
    for (const DayResult& day : r.days)
        out += status_mark(day.status, kLabel + week_row(r, day.day) * (kCell + kGap),
                           kHead + weekday_column(r, day.day) * (kCell + kGap), kCell);
    out += legend(height - kLegendHeight + 6);
    return out + "</svg>\n";
}

/// The pain trend's plot: days across, pain 0-10 up, in SVG units.
class TrendPlot {
public:
    static constexpr double kWidth = 640, kHeight = 230;

    explicit TrendPlot(const Report& r)
        : report_(r), first_(r.range.first), last_(std::max(first_, std::min(r.range.last, r.today))) {}

    Date first() const { return first_; }
    Date last() const { return last_; }

    /// A one-day range sits in the middle.
    double x(Date day) const {
        if (first_ == last_) return kLeft + kPlotWidth / 2;
        return kLeft + kPlotWidth * days_between(first_, day) / days_between(first_, last_);
    }
    double y(double pain) const { return kTop + kPlotHeight * (1 - pain / 10); }

    std::string scale() const {
        std::string out;
        for (int pain = 0; pain <= 10; pain += 2) {
            out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(y(pain)) + "\" x2=\"" + num(kWidth - kRight) +
                   "\" y2=\"" + num(y(pain)) + "\" stroke=\"" + (pain == 0 ? "#000" : "#ccc") +
                   "\" stroke-width=\"0.6\"/>\n";
            out += text_at(kLeft - 6, y(pain) + 3.5, std::to_string(pain), 10, " text-anchor=\"end\"");
        }
        return out;
    }

    /// Each day's score as an open dot.
    std::string day_scores() const {
        std::string out;
        for (const DayResult& day : report_.days)
            if (day.pain && day.day <= last_)
                out += "<circle cx=\"" + num(x(day.day)) + "\" cy=\"" + num(y(*day.pain)) +
                       "\" r=\"2.2\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"1\"/>\n";
        return out;
    }

    /// Each week's mean as a black square at the middle of its days in the
    /// range, joined by a line, with its value written above (every
    /// label_every-th week's, so that long ranges stay legible).
    std::string weekly_means() const {
        std::string out, line;
        for (size_t i = 0; i < report_.weeks.size(); ++i) {
            const WeekSummary& week = report_.weeks[i];
            const Date from = std::max(week.start, first_), to = std::min(add_days(week.start, 6), last_);
            if (!week.mean_pain || from > to) continue;
            const double px = x(add_days(from, days_between(from, to) / 2)), py = y(*week.mean_pain);
            line += (line.empty() ? "" : " ") + num(px) + "," + num(py);
            out += "<rect x=\"" + num(px - 3) + "\" y=\"" + num(py - 3) + "\" width=\"6\" height=\"6\" fill=\"#000\"/>\n";
            if (i % label_every() == 0)
                out += text_at(px, py - 7, decimal_text(*week.mean_pain), 10,
                               " text-anchor=\"middle\" font-weight=\"bold\"");
        }
        if (!line.empty()) out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>\n";
        return out;
    }

    /// The first and last day, a tick at each week's first day (labelled
    /// where there is room), and the key.
    std::string days_axis() const {
        const double axis_y = kHeight - kBottom + 14;
        std::string out;
        if (first_ == last_) {
            out += text_at(x(first_), axis_y, short_date(first_), 10, " text-anchor=\"middle\"");
        } else {
            out += text_at(kLeft, axis_y, short_date(first_), 10);
            out += text_at(kWidth - kRight, axis_y, short_date(last_), 10, " text-anchor=\"end\"");
        }
        for (size_t i = 0; i < report_.weeks.size(); ++i) {
            const Date start = report_.weeks[i].start;
            if (start <= first_ || start >= last_) continue;
            const double px = x(start);
            out += "<line x1=\"" + num(px) + "\" y1=\"" + num(y(0)) + "\" x2=\"" + num(px) + "\" y2=\"" +
                   num(y(0) + 4) + "\" stroke=\"#000\" stroke-width=\"0.6\"/>\n";
            const bool room = px - kLeft > 70 && kWidth - kRight - px > 70;
            if (room && i % label_every() == 0) out += text_at(px, axis_y, day_and_month(start), 10, " text-anchor=\"middle\"");
        }
        out += "<rect x=\"" + num(kLeft + 150) + "\" y=\"" + num(axis_y + 6) + "\" width=\"6\" height=\"6\" fill=\"#000\"/>\n";
        out += text_at(kLeft + 160, axis_y + 12, "weekly mean", 10);
        out += "<circle cx=\"" + num(kLeft + 253) + "\" cy=\"" + num(axis_y + 9) +
               "\" r=\"2.2\" fill=\"#fff\" stroke=\"#555\"/>\n";
        return out + text_at(kLeft + 260, axis_y + 12, "a day's score (mean of that day's)", 10);
    }

private:
    static constexpr double kLeft = 30, kRight = 12, kTop = 14, kBottom = 36;
    static constexpr double kPlotWidth = kWidth - kLeft - kRight, kPlotHeight = kHeight - kTop - kBottom;
    static constexpr double kLabelSpacing = 44;  ///< px from one label's middle to the next's

    /// Every how many weeks a label has room: "10 Aug" is about 30 px wide,
    /// and two must not run together ("10 Aug17 Aug").
    size_t label_every() const {
        if (first_ == last_) return 1;
        const double week = kPlotWidth * 7 / days_between(first_, last_);
        return std::max<size_t>(1, static_cast<size_t>(std::ceil(kLabelSpacing / week)));
    }

    const Report& report_;
    Date first_, last_;
};

}  // namespace

std::string consistency_calendar_svg(const Report& report) {
    if (report.weeks.empty()) return {};
    return report.weeks.size() <= 10 ? month_calendar(report) : year_strip(report);
}

std::string pain_trend_svg(const Report& r) {
    if (r.pain.count == 0) return {};
    const TrendPlot plot(r);
    return svg_open(TrendPlot::kWidth, TrendPlot::kHeight,
                    "Pain trend (0-10), " + to_iso(plot.first()) + " to " + to_iso(plot.last()), "trend") +
           plot.scale() + plot.day_scores() + plot.weekly_means() + plot.days_axis() + "</svg>\n";
}

}  // namespace stretch
