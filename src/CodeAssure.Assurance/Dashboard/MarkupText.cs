using System.Text;
using System.Xml;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>Makes untrusted text safe to put in XML and HTML: characters XML cannot hold become U+FFFD.</summary>
internal static class MarkupText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var ok = XmlConvert.IsXmlChar(c) && c is not ('\uFFFE' or '\uFFFF');
            if (!ok && clean is null)
            {
                clean = new StringBuilder(text.Length).Append(text, 0, i);
            }

            clean?.Append(ok ? c : '\uFFFD');
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>A value for an id attribute: letters, digits and hyphens only, starting with a letter.</summary>
    public static string Id(string prefix)
    {
        var id = new string([.. prefix.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "c" + id : id;
    }
}
