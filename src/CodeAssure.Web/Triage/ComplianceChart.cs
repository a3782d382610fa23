using System.Globalization;
using System.Text;
using System.Xml;

namespace CodeAssure.Web.Triage;

/// <summary>
/// The SLA-compliance-per-month bar chart as inline SVG: every text is escaped by the XML writer, no script, no style
/// attribute (the CSP forbids them), role="img" with a title and a description that states every value.
/// </summary>
internal static class ComplianceChart
{
    private const double Width = 640, Height = 240, Left = 40, Bottom = 40, Top = 20;

    public static string Render(IReadOnlyList<MonthlyCompliance> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            const string ns = "http://www.w3.org/2000/svg";
            xml.WriteStartElement("svg", ns);
            xml.WriteAttributeString("viewBox", $"0 0 {N(Width)} {N(Height)}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", "sla-title sla-desc");
            xml.WriteStartElement("title", ns);
            xml.WriteAttributeString("id", "sla-title");
            xml.WriteString("SLA compliance per month");
            xml.WriteEndElement();
            xml.WriteStartElement("desc", ns);
            xml.WriteAttributeString("id", "sla-desc");
            xml.WriteString(string.Join("; ", months.Select(m => m.Rate is { } r ? $"{m.Month}: {Percent(r)} ({m.MetOnTime} of {m.Due})" : $"{m.Month}: nothing due")));
            xml.WriteEndElement();

            var plotHeight = Height - Bottom - Top;
            var slot = (Width - Left - 10) / Math.Max(1, months.Count);
            Line(xml, ns, Left, Top, Left, Top + plotHeight);
            Line(xml, ns, Left, Top + plotHeight, Width - 10, Top + plotHeight);
            Text(xml, ns, Left - 4, Top + 4, "100%", "end");
            Text(xml, ns, Left - 4, Top + plotHeight, "0%", "end");
            for (var i = 0; i < months.Count; i++)
            {
                var m = months[i];
                var x = Left + (i * slot) + 4;
                if (m.Rate is { } rate)
                {
                    var h = plotHeight * rate;
                    xml.WriteStartElement("rect", ns);
                    xml.WriteAttributeString("x", N(x));
                    xml.WriteAttributeString("y", N(Top + plotHeight - h));
                    xml.WriteAttributeString("width", N(slot - 8));
                    xml.WriteAttributeString("height", N(h));
                    xml.WriteAttributeString("fill", rate >= 0.9 ? "#2e7d32" : rate >= 0.5 ? "#f9a825" : "#c62828");
                    xml.WriteElementString("title", ns, $"{m.Month}: {Percent(rate)} ({m.MetOnTime} of {m.Due} on time)");
                    xml.WriteEndElement();
                    Text(xml, ns, x + ((slot - 8) / 2), Top + plotHeight - h - 4, Percent(rate), "middle");
                }
                else
                {
                    Text(xml, ns, x + ((slot - 8) / 2), Top + plotHeight - 4, "–", "middle");
                }

                Text(xml, ns, x + ((slot - 8) / 2), Height - Bottom + 16, m.Month[2..], "middle");
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    internal static string Percent(double rate) => (rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static void Line(XmlWriter xml, string ns, double x1, double y1, double x2, double y2)
    {
        xml.WriteStartElement("line", ns);
        xml.WriteAttributeString("x1", N(x1));
        xml.WriteAttributeString("y1", N(y1));
        xml.WriteAttributeString("x2", N(x2));
        xml.WriteAttributeString("y2", N(y2));
        xml.WriteAttributeString("stroke", "#505a5f");
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string ns, double x, double y, string text, string anchor)
    {
        xml.WriteStartElement("text", ns);
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("font-size", "11");
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
