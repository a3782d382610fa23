namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>Visits the nodes of a tree without recursion. The reader's node budget bounds the visit, aliases included.</summary>
internal static class YamlWalk
{
    /// <summary>Every mapping in the tree, parents before children.</summary>
    public static IEnumerable<YamlMapping> Mappings(YamlNode? root)
    {
        if (root is null)
        {
            yield break;
        }

        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case YamlMapping mapping:
                    yield return mapping;
                    foreach (var entry in mapping.Written.AsEnumerable().Reverse())
                    {
                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(sequence.Items[i]);
                    }

                    break;
            }
        }
    }
}
