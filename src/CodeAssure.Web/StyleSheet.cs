namespace CodeAssure.Web;

/// <summary>Serves the one embedded style sheet (no inline styles anywhere, so the CSP can forbid them).</summary>
internal static class StyleSheet
{
    public static IResult Serve()
    {
        var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("CodeAssure.Web.site.css")
            ?? throw new InvalidOperationException("the embedded style sheet is missing");
        return Results.Stream(stream, "text/css; charset=utf-8");
    }
}
