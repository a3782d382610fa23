using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Maven's <c>pom.xml</c>: the dependencies the project declares (not those of dependencyManagement, plugins or
/// profiles), with <c>${…}</c> resolved from the pom's own properties and project coordinates. Parents, BOMs and
/// repositories are not fetched, so a dependency whose version is not in this pom is reported and left out.
/// Scope test → dev, optional=true → optional, everything else required. DTDs are refused.
/// </summary>
internal sealed partial class MavenPomReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("pom.xml", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var project = Load(source.Text).Root;
        if (project is null || project.Name.LocalName != "project")
        {
            throw new LockFileException(1, "the root element is not <project>: not a Maven pom");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = Child(project, "parent");
        void Define(string name, string? value)
        {
            if (value is not null)
            {
                properties[name] = value;
            }
        }

        Define("project.parent.groupId", Text(parent, "groupId"));
        Define("project.parent.artifactId", Text(parent, "artifactId"));
        Define("project.parent.version", Text(parent, "version"));
        Define("project.groupId", Text(project, "groupId") ?? Text(parent, "groupId"));
        Define("project.artifactId", Text(project, "artifactId"));
        Define("project.version", Text(project, "version") ?? Text(parent, "version"));
        foreach (var (alias, name) in new[] { ("pom.version", "project.version"), ("version", "project.version"), ("pom.groupId", "project.groupId"), ("groupId", "project.groupId"), ("artifactId", "project.artifactId"), ("parent.version", "project.parent.version") })
        {
            if (properties.TryGetValue(name, out var value) && !properties.ContainsKey(alias))
            {
                properties[alias] = value;
            }
        }

        foreach (var property in Child(project, "properties")?.Elements() ?? [])
        {
            properties[property.Name.LocalName] = property.Value.Trim();
        }

        foreach (var dependency in Child(project, "dependencies")?.Elements().Where(e => e.Name.LocalName == "dependency") ?? [])
        {
            var line = ((IXmlLineInfo)dependency).LineNumber;
            var group = Resolve(Text(dependency, "groupId"), properties);
            var artifact = Resolve(Text(dependency, "artifactId"), properties);
            var version = Resolve(Text(dependency, "version"), properties);
            if (string.IsNullOrEmpty(group) || string.IsNullOrEmpty(artifact))
            {
                contents.Warn(line, "dependency without groupId or artifactId (or with an unresolved property) left out");
                continue;
            }

            if (string.IsNullOrEmpty(version) || version.Contains("${", StringComparison.Ordinal))
            {
                contents.Warn(line, $"{group}:{artifact} has no version in this pom (managed by a parent or BOM, or an unresolved property); left out");
                continue;
            }

            if (version.StartsWith('[') || version.StartsWith('('))
            {
                contents.Warn(line, $"{group}:{artifact} has a version range '{version}', not a version; left out");
                continue;
            }

            var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Resolve(Text(dependency, "classifier"), properties) is { Length: > 0 } classifier)
            {
                qualifiers["classifier"] = classifier;
            }

            if (Resolve(Text(dependency, "type"), properties) is { Length: > 0 } type && type != "jar")
            {
                qualifiers["type"] = type;
            }

            var package = contents.Add(PackageEcosystem.Maven, group, artifact, version, qualifiers);
            var scope = Text(dependency, "scope") switch
            {
                "test" => DependencyScope.Dev,
                _ when Text(dependency, "optional") == "true" => DependencyScope.Optional,
                _ => DependencyScope.Required,
            };
            package.StateScope(scope);
            contents.AddDirect(package, scope);
        }
    }

    private static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : ((IXmlLineInfo)reader).LineNumber;
            var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (line == 0 && doctype >= 0)
            {
                line = text.AsSpan(0, doctype).Count('\n') + 1; // the refused DTD: XmlReader gives no position for it
            }

            var message = e.Message.Split(" Line ")[0];
            var sentence = message.IndexOf(". ", StringComparison.Ordinal);
            throw new LockFileException(line, "not usable XML: " + (sentence > 0 ? message[..(sentence + 1)] : message));
        }
    }

    private static XElement? Child(XElement? element, string name) => element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement? element, string name) => Child(element, name)?.Value.Trim();

    // Substitutes ${name} repeatedly (properties may refer to properties), with a bound against cycles.
    private static string? Resolve(string? value, Dictionary<string, string> properties)
    {
        if (value is null)
        {
            return null;
        }

        for (var round = 0; round < 10 && value.Contains("${", StringComparison.Ordinal); round++)
        {
            value = PropertyReference().Replace(value, m => properties.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        }

        return value;
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex PropertyReference();
}
