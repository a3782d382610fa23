using System.Text;
using System.Xml;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) of notification events with <see cref="XmlWriter"/>, which escapes text; characters
/// XML cannot carry at all (most control characters) are dropped rather than failing the whole feed.
/// </summary>
internal static class AtomFeed
{
    /// <summary>The media type.</summary>
    public const string MediaType = "application/atom+xml";

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document as UTF-8 bytes.</summary>
    /// <param name="feedId">A stable id for the feed (an organisation's or product's id), written as a <c>urn:uuid</c>.</param>
    /// <param name="title">The feed title.</param>
    /// <param name="author">The organisation's name.</param>
    /// <param name="self">The feed's own absolute address.</param>
    /// <param name="alternate">The portal page the feed belongs to.</param>
    /// <param name="entries">The events, newest first.</param>
    /// <param name="link">Turns an event's portal path into an absolute link.</param>
    public static byte[] Write(Guid feedId, string title, string author, Uri self, Uri alternate, IReadOnlyList<NotificationEvent> entries, Func<string, Uri> link)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(link);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, "urn:uuid:" + feedId.ToString("D"));
            xml.WriteElementString("title", AtomNamespace, Clean(title));
            // A feed's updated is its newest entry's; an empty feed has nothing newer than its own existence.
            xml.WriteElementString("updated", AtomNamespace, Timestamp(entries.Count > 0 ? entries.Max(e => e.OccurredAt) : DateTimeOffset.UnixEpoch));
            WriteLink(xml, "self", self, MediaType);
            WriteLink(xml, "alternate", alternate, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, Clean(author));
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "CodeAssure");
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, "urn:uuid:" + entry.Id.ToString("D"));
                xml.WriteElementString("title", AtomNamespace, Clean(entry.Title));
                xml.WriteElementString("updated", AtomNamespace, Timestamp(entry.OccurredAt));
                xml.WriteElementString("published", AtomNamespace, Timestamp(entry.OccurredAt));
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", Clean(entry.Kind));
                xml.WriteEndElement();
                WriteLink(xml, "alternate", entry.Link is { Length: > 0 } path && path.StartsWith('/') ? link(path) : alternate, "text/html");
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Clean(entry.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteLink(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    // RFC 3339 date-time in UTC, as RFC 4287 section 3.3 requires.
    private static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
