using System.Xml.Linq;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.Tests.Testing;

namespace CodeAssure.Assurance.Tests.Dashboard;

public class SvgChartsTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quotes' ]]> \u0001\uFFFF";

    [Fact]
    public void Overview_and_theme_charts_are_well_formed_accessible_svg()
    {
        var figures = AssessmentFigures.Compute(Catalogs.Complete(), Catalogs.Real);

        var overview = SvgCharts.Overview(figures);
        Svg.AssertSafeAndAccessible(overview);
        Assert.Contains("Theme 1", overview, StringComparison.Ordinal);
        foreach (var theme in figures.Themes)
        {
            var svg = SvgCharts.Theme(theme, $"theme-{theme.Id}");
            Svg.AssertSafeAndAccessible(svg);
            Assert.Equal(theme.Principles.Count + 5, Svg.Parse(svg).Descendants(Svg.Ns + "text").Count());
        }
    }

    [Fact]
    public void Hostile_product_names_are_escaped_in_the_heat_map()
    {
        var comparison = ProductComparison.Compare(
        [
            KeyValuePair.Create(Hostile, Catalogs.Complete()),
            KeyValuePair.Create("A & B \"quoted\"", Catalogs.NewAssessment("reseller")),
        ], Catalogs.Real);

        var svg = SvgCharts.HeatMap(comparison, "id\"><script>");

        Svg.AssertSafeAndAccessible(svg);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        var document = Svg.Parse(svg);
        var tooltip = document.Descendants(Svg.Ns + "rect").Elements(Svg.Ns + "title").First().Value;
        Assert.StartsWith("<script>alert(\"x\")</script> & 'quotes' ]]> \uFFFD\uFFFD", tooltip, StringComparison.Ordinal);
        Assert.Contains(document.Descendants(Svg.Ns + "text"), t => t.Value == "A & B \"quoted\"");
        Assert.Equal(comparison.Principles.Count * 2, document.Descendants(Svg.Ns + "rect").Count(r => r.Element(Svg.Ns + "title") is not null));
    }

    [Fact]
    public void Hostile_principle_statements_cannot_break_out_of_a_theme_chart()
    {
        var theme = new ThemeFigures(1, Hostile, new AnswerCounts(1, 1, 1, 1, 1),
            [new PrincipleFigures(CodeAssure.Catalog.PrincipleId.Parse("1.1"), Hostile, new AnswerCounts(1, 1, 1, 1, 1))]);

        var svg = SvgCharts.Theme(theme);

        Svg.AssertSafeAndAccessible(svg);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.StartsWith("Theme 1: <script>", Svg.Parse(svg).Root!.Element(Svg.Ns + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_chart_plots_one_point_per_version()
    {
        var points = Progress.Over([Catalogs.NewAssessment(), Catalogs.Complete()]);

        var svg = SvgCharts.ProgressLine(points);

        Svg.AssertSafeAndAccessible(svg);
        Assert.Equal(2, Svg.Parse(svg).Descendants(Svg.Ns + "circle").Count());
        Svg.AssertSafeAndAccessible(SvgCharts.ProgressLine([]));
    }
}
