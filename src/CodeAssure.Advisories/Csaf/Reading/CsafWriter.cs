using System.Text.Json;
using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Reading;

/// <summary>Writes the typed model as CSAF 2.0 JSON (indented, optional members left out when absent).</summary>
public static class CsafWriter
{
    /// <summary>Returns the document as JSON text.</summary>
    public static string ToJson(CsafDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, CsafJson.Options);
    }
}
