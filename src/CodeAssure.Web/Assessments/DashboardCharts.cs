using CodeAssure.Assurance.Dashboard;

namespace CodeAssure.Web.Assessments;

/// <summary>
/// The dashboard's SVG charts, drawn once per <see cref="DashboardView"/> and then reused for every request the cached
/// view serves: drawing them was a large share of the page's time.
/// </summary>
internal sealed class DashboardCharts(AssessmentFigures figures, IReadOnlyList<ProgressPoint> progress, ProductComparison? comparison)
{
    private readonly Lazy<string> _overview = new(() => SvgCharts.Overview(figures));
    private readonly Lazy<IReadOnlyDictionary<int, string>> _themes = new(() =>
        figures.Themes.ToDictionary(t => t.Id, t => SvgCharts.Theme(t, "theme-" + t.Id)));
    private readonly Lazy<string?> _progress = new(() => progress.Count == 0 ? null : SvgCharts.ProgressLine(progress));
    private readonly Lazy<string?> _heatMap = new(() => comparison is null ? null : SvgCharts.HeatMap(comparison));

    /// <summary>The overall chart.</summary>
    public string Overview => _overview.Value;

    /// <summary>The chart of one theme.</summary>
    public string Theme(int themeId) => _themes.Value[themeId];

    /// <summary>Progress over versions, or null when there are none.</summary>
    public string? Progress => _progress.Value;

    /// <summary>The products' heat map, or null when no product is assessed.</summary>
    public string? HeatMap => _heatMap.Value;
}
