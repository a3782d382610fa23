using System.Globalization;
using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>
/// Server-side SVG charts for the dashboard, as strings to inline in a page: stacked bars of answers per theme and per
/// principle, a product × principle heat map, and progress over versions. Every chart is well-formed XML with all text
/// escaped, carries role="img" with a title and description, and has no script and no external reference.
/// The idPrefix parameters keep element ids unique when several charts share a page.
/// </summary>
public static class SvgCharts
{
    private const double Width = 640;
    private const double LabelWidth = 240;
    private const double BarHeight = 22;
    private const double RowGap = 8;

    private static readonly (Answer Answer, string Colour)[] Segments =
    [
        (Answer.Met, "#2e7d32"),
        (Answer.PartiallyMet, "#f9a825"),
        (Answer.NotMet, "#c62828"),
        (Answer.Unanswered, "#bdbdbd"),
        (Answer.NotApplicable, "#eeeeee"),
    ];

    /// <summary>One stacked bar per theme.</summary>
    public static string Overview(AssessmentFigures figures, string idPrefix = "overview")
    {
        ArgumentNullException.ThrowIfNull(figures);
        return StackedBars(
            idPrefix,
            "Self-assessment status by theme",
            $"Claims by answer for each theme. Overall: {Describe(figures.Overall)}.",
            [.. figures.Themes.Select(t => ($"Theme {t.Id}: {t.Title}", t.Counts))]);
    }

    /// <summary>One stacked bar per principle of a theme.</summary>
    public static string Theme(ThemeFigures theme, string idPrefix = "theme")
    {
        ArgumentNullException.ThrowIfNull(theme);
        return StackedBars(
            idPrefix,
            $"Theme {theme.Id}: {theme.Title}",
            $"Claims by answer for each principle of theme {theme.Id}. Theme total: {Describe(theme.Counts)}.",
            [.. theme.Principles.Select(p => ($"{p.Id} {p.Statement}", p.Counts))]);
    }

    /// <summary>The heat map of products × principles, coloured by score.</summary>
    public static string HeatMap(ProductComparison comparison, string idPrefix = "heatmap")
    {
        ArgumentNullException.ThrowIfNull(comparison);
        const double cell = 40, rowLabel = 200, header = 30, legend = 30;
        var width = rowLabel + (cell * Math.Max(1, comparison.Principles.Count)) + 10;
        var height = header + (cell * comparison.Rows.Count) + legend + 10;
        using var svg = new SvgWriter(width, height, idPrefix, "Products side by side by principle",
            $"Score (0–100) of each of {comparison.Rows.Count} products for each of {comparison.Principles.Count} principles; darker green is better, grey means not applicable.");
        for (var c = 0; c < comparison.Principles.Count; c++)
        {
            svg.Text(rowLabel + (c * cell) + (cell / 2), header - 10, comparison.Principles[c].ToString(), "middle", bold: true);
        }

        for (var r = 0; r < comparison.Rows.Count; r++)
        {
            var row = comparison.Rows[r];
            var y = header + (r * cell);
            svg.Text(4, y + (cell / 2) + 4, Truncate(row.Product, 30));
            for (var c = 0; c < comparison.Principles.Count; c++)
            {
                var score = c < row.Scores.Count ? row.Scores[c] : null;
                var (fill, ink) = HeatColour(score);
                var label = score is null ? "n/a" : score.Value.ToString("0", CultureInfo.InvariantCulture);
                svg.Rect(rowLabel + (c * cell), y, cell - 2, cell - 2, fill,
                    $"{row.Product}, principle {comparison.Principles[c]}: {(score is null ? "not applicable" : $"score {score.Value.ToString("0.#", CultureInfo.InvariantCulture)}")}");
                svg.Text(rowLabel + (c * cell) + (cell / 2) - 1, y + (cell / 2) + 3, label, "middle", ink);
            }
        }

        var legendY = header + (cell * comparison.Rows.Count) + 10;
        var x = rowLabel;
        foreach (var (text, score) in new (string, double?)[] { ("0–24", 0), ("25–49", 25), ("50–74", 50), ("75–99", 75), ("100", 100), ("n/a", null) })
        {
            svg.Rect(x, legendY, 12, 12, HeatColour(score).Fill);
            svg.Text(x + 16, legendY + 10, text);
            x += 60;
        }

        return svg.Finish();
    }

    /// <summary>The score over versions, as a line.</summary>
    public static string ProgressLine(IReadOnlyList<ProgressPoint> points, string idPrefix = "progress")
    {
        ArgumentNullException.ThrowIfNull(points);
        const double height = 200, left = 40, top = 20, plotHeight = 140;
        var plotWidth = Width - left - 20;
        var scored = points.Where(p => p.Counts.Score is not null).ToList();
        using var svg = new SvgWriter(Width, height, idPrefix, "Self-assessment score over versions",
            scored.Count == 0
                ? "No versions with applicable claims yet."
                : $"Score from {Label(scored[0])} ({Score(scored[0])}) to {Label(scored[^1])} ({Score(scored[^1])}) over {scored.Count} versions.");
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var y = top + plotHeight - (plotHeight * tick / 100.0);
            svg.Line(left, y, left + plotWidth, y, "#e0e0e0");
            svg.Text(left - 6, y + 4, tick.ToString(CultureInfo.InvariantCulture), "end");
        }

        var step = scored.Count > 1 ? plotWidth / (scored.Count - 1) : 0;
        var coordinates = scored.Select((p, i) => (X: left + (i * step), Y: top + plotHeight - (plotHeight * p.Counts.Score!.Value / 100))).ToList();
        if (coordinates.Count > 1)
        {
            svg.Polyline(coordinates, "#1565c0");
        }

        for (var i = 0; i < scored.Count; i++)
        {
            svg.Circle(coordinates[i].X, coordinates[i].Y, 4, scored[i].Status == AssessmentStatus.SignedOff ? "#1565c0" : "#ffffff",
                $"{Label(scored[i])}: score {Score(scored[i])}{(scored[i].Status == AssessmentStatus.SignedOff ? ", signed off" : ", draft")}");
            svg.Text(coordinates[i].X, top + plotHeight + 18, Label(scored[i]), "middle");
        }

        return svg.Finish();
    }

    private static string StackedBars(string idPrefix, string title, string description, IReadOnlyList<(string Label, AnswerCounts Counts)> bars)
    {
        const double legendHeight = 30;
        var height = legendHeight + (bars.Count * (BarHeight + RowGap)) + RowGap;
        using var svg = new SvgWriter(Width, height, idPrefix, title, description);
        var barWidth = Width - LabelWidth - 10;
        var x = LabelWidth;
        foreach (var (answer, colour) in Segments)
        {
            svg.Rect(x, 8, 12, 12, colour);
            svg.Text(x + 16, 18, answer.ToLabel());
            x += 78;
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (label, counts) = bars[i];
            var y = legendHeight + RowGap + (i * (BarHeight + RowGap));
            svg.Text(4, y + 15, Truncate(label, 38));
            var offset = LabelWidth;
            foreach (var (answer, colour) in Segments)
            {
                var n = counts[answer];
                if (n == 0 || counts.Total == 0)
                {
                    continue;
                }

                var w = barWidth * n / counts.Total;
                svg.Rect(offset, y, w, BarHeight, colour, $"{label}: {answer.ToLabel()} {n} of {counts.Total}");
                offset += w;
            }
        }

        return svg.Finish();
    }

    private static (string Fill, string Ink) HeatColour(double? score) => score switch
    {
        null => ("#eeeeee", "#555555"),
        < 25 => ("#c62828", "#ffffff"),
        < 50 => ("#ef6c00", "#1f1f1f"),
        < 75 => ("#f9a825", "#1f1f1f"),
        < 100 => ("#9ccc65", "#1f1f1f"),
        _ => ("#2e7d32", "#ffffff"),
    };

    private static string Describe(AnswerCounts counts) =>
        $"{counts.Met} met, {counts.PartiallyMet} partially met, {counts.NotMet} not met, {counts.Unanswered} unanswered, {counts.NotApplicable} not applicable";

    private static string Label(ProgressPoint point) => $"v{point.Version}.{point.Revision}";

    private static string Score(ProgressPoint point) => point.Counts.Score!.Value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
