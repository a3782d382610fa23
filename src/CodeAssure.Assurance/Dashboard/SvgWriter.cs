using System.Globalization;
using System.Text;
using System.Xml;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>
/// Writes one SVG document through <see cref="XmlWriter"/>, so every text and attribute is escaped by construction.
/// The document is accessible (role="img", a title and a description referenced by aria-labelledby) and
/// self-contained: no script, no style sheet, no external reference.
/// </summary>
internal sealed class SvgWriter : IDisposable
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private readonly StringBuilder _text = new();
    private readonly XmlWriter _xml;

    public SvgWriter(double width, double height, string idPrefix, string title, string description)
    {
        _xml = XmlWriter.Create(_text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment });
        var id = MarkupText.Id(idPrefix);
        _xml.WriteStartElement("svg", Svg);
        _xml.WriteAttributeString("width", Number(width));
        _xml.WriteAttributeString("height", Number(height));
        _xml.WriteAttributeString("viewBox", $"0 0 {Number(width)} {Number(height)}");
        _xml.WriteAttributeString("role", "img");
        _xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
        _xml.WriteAttributeString("font-family", "system-ui, sans-serif");
        _xml.WriteAttributeString("font-size", "12");
        Element("title", title, ("id", $"{id}-title"));
        Element("desc", description, ("id", $"{id}-desc"));
    }

    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        _xml.WriteStartElement("rect", Svg);
        _xml.WriteAttributeString("x", Number(x));
        _xml.WriteAttributeString("y", Number(y));
        _xml.WriteAttributeString("width", Number(width));
        _xml.WriteAttributeString("height", Number(height));
        _xml.WriteAttributeString("fill", fill);
        if (tooltip is not null)
        {
            Element("title", tooltip);
        }

        _xml.WriteEndElement();
    }

    public void Text(double x, double y, string text, string anchor = "start", string fill = "#1f1f1f", bool bold = false)
    {
        _xml.WriteStartElement("text", Svg);
        _xml.WriteAttributeString("x", Number(x));
        _xml.WriteAttributeString("y", Number(y));
        _xml.WriteAttributeString("text-anchor", anchor);
        _xml.WriteAttributeString("fill", fill);
        if (bold)
        {
            _xml.WriteAttributeString("font-weight", "bold");
        }

        _xml.WriteString(MarkupText.Clean(text));
        _xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke)
    {
        _xml.WriteStartElement("line", Svg);
        _xml.WriteAttributeString("x1", Number(x1));
        _xml.WriteAttributeString("y1", Number(y1));
        _xml.WriteAttributeString("x2", Number(x2));
        _xml.WriteAttributeString("y2", Number(y2));
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke)
    {
        _xml.WriteStartElement("polyline", Svg);
        _xml.WriteAttributeString("points", string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}")));
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteAttributeString("stroke-width", "2");
        _xml.WriteEndElement();
    }

    public void Circle(double x, double y, double r, string fill, string tooltip)
    {
        _xml.WriteStartElement("circle", Svg);
        _xml.WriteAttributeString("cx", Number(x));
        _xml.WriteAttributeString("cy", Number(y));
        _xml.WriteAttributeString("r", Number(r));
        _xml.WriteAttributeString("fill", fill);
        Element("title", tooltip);
        _xml.WriteEndElement();
    }

    public string Finish()
    {
        _xml.WriteEndElement();
        _xml.Flush();
        return _text.ToString();
    }

    public void Dispose() => _xml.Dispose();

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void Element(string name, string text, params (string Name, string Value)[] attributes)
    {
        _xml.WriteStartElement(name, Svg);
        foreach (var (attribute, value) in attributes)
        {
            _xml.WriteAttributeString(attribute, value);
        }

        _xml.WriteString(MarkupText.Clean(text));
        _xml.WriteEndElement();
    }
}
