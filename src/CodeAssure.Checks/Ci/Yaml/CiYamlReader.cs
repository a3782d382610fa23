using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>
/// Reads a CI definition into a small node tree with YamlDotNet's event parser, within limits: file size, nesting
/// depth and the number of nodes the document stands for once aliases are expanded. Aliases are allowed (GitLab
/// templates rely on them) but share the anchored node and count its full size, so an alias bomb ("billion
/// laughs") is refused long before it costs anything.
/// </summary>
internal static class CiYamlReader
{
    /// <summary>Reads the first YAML document of a file, or throws <see cref="CiYamlException"/>.</summary>
    public static CiYamlDocument ReadFile(string fullPath, string relativePath, CiScanOptions options)
    {
        var info = new FileInfo(fullPath);
        if (info.Length > options.MaxFileBytes)
        {
            throw new CiYamlException(1, $"the file is {info.Length} bytes, over the limit of {options.MaxFileBytes}");
        }

        var text = File.ReadAllText(fullPath);
        return Read(text, relativePath, options);
    }

    /// <summary>Reads the first YAML document of a text, or throws <see cref="CiYamlException"/>.</summary>
    public static CiYamlDocument Read(string text, string relativePath, CiScanOptions options)
    {
        if (text.Length > options.MaxFileBytes)
        {
            throw new CiYamlException(1, $"the text is over the limit of {options.MaxFileBytes} characters");
        }

        try
        {
            return new CiYamlDocument(relativePath, text, Build(new Parser(new StringReader(text)), options));
        }
        catch (YamlException e)
        {
            throw new CiYamlException((int)e.Start.Line, $"malformed YAML: {FirstLine(e.Message)}", e);
        }
    }

    private static YamlNode? Build(Parser parser, CiScanOptions options)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new Stack<Frame>();
        long expanded = 0;
        YamlNode? root = null;
        var inDocument = false;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            var column = (int)current.Start.Column;
            switch (current)
            {
                case DocumentStart:
                    inDocument = true;
                    break;
                case DocumentEnd:
                    return root; // only the first document matters to every CI system read here
                case Scalar scalar:
                    {
                        var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column, current.Start.Index) { End = current.End.Index };
                        Count(ref expanded, 1, line, options);
                        Remember(anchors, scalar.Anchor, node);
                        Attach(open, node, ref root, line);
                        break;
                    }

                case AnchorAlias alias:
                    {
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new CiYamlException(line, $"alias *{alias.Value.Value} refers to no anchor");
                        }

                        Count(ref expanded, target.ExpandedSize, line, options);
                        Attach(open, target, ref root, line);
                        break;
                    }

                case MappingStart mapping:
                    Open(open, new YamlMapping(line, column, current.Start.Index), mapping.Anchor, ref expanded, line, options);
                    break;
                case SequenceStart sequence:
                    Open(open, new YamlSequence(line, column, current.Start.Index), sequence.Anchor, ref expanded, line, options);
                    break;
                case MappingEnd:
                case SequenceEnd:
                    {
                        var frame = open.Pop();
                        frame.Node.End = current.End.Index;
                        frame.Node.ExpandedSize = expanded - frame.CountBefore;
                        Remember(anchors, frame.Anchor, frame.Node);
                        Attach(open, frame.Node, ref root, line);
                        break;
                    }
            }
        }

        return inDocument ? root : null;
    }

    private static void Open(Stack<Frame> open, YamlNode node, AnchorName anchor, ref long expanded, int line, CiScanOptions options)
    {
        if (open.Count >= options.MaxDepth)
        {
            throw new CiYamlException(line, $"nested deeper than the limit of {options.MaxDepth}");
        }

        var before = expanded;
        Count(ref expanded, 1, line, options);
        open.Push(new Frame(node, anchor.IsEmpty ? null : anchor.Value, before));
    }

    private static void Attach(Stack<Frame> open, YamlNode node, ref YamlNode? root, int line)
    {
        if (open.Count == 0)
        {
            root = node;
            return;
        }

        var parent = open.Peek();
        switch (parent.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping mapping when parent.PendingKey is null:
                parent.PendingKey = node as YamlScalar ?? throw new CiYamlException(line, "mapping keys must be plain scalars");
                break;
            case YamlMapping mapping:
                mapping.Written.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey!, node));
                parent.PendingKey = null;
                break;
        }
    }

    private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static void Remember(Dictionary<string, YamlNode> anchors, string? anchor, YamlNode node)
    {
        if (anchor is not null)
        {
            anchors[anchor] = node;
        }
    }

    private static void Count(ref long expanded, long nodes, int line, CiScanOptions options)
    {
        expanded += nodes;
        if (expanded > options.MaxNodes)
        {
            throw new CiYamlException(line, $"the document expands to more than {options.MaxNodes} nodes (an alias bomb, or simply too large)");
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private sealed class Frame(YamlNode node, string? anchor, long countBefore)
    {
        public YamlNode Node { get; } = node;

        public string? Anchor { get; } = anchor;

        public long CountBefore { get; } = countBefore;

        public YamlScalar? PendingKey { get; set; }
    }
}
