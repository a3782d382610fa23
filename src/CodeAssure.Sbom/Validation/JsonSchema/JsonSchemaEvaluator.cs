using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>
/// Evaluates one instance against a draft-07 schema. Every method returns whether the instance is valid; when
/// <c>problems</c> is null it stops at the first failure (used inside anyOf, oneOf, not and if), otherwise it records
/// every failure with the instance's JSON pointer.
/// </summary>
internal sealed class JsonSchemaEvaluator(JsonSchemaSet schemas)
{
    private const int MaxDepth = 1000;

    public bool Evaluate(JsonElement instance, JsonElement schema, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return true;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            return Fail(problems, pointer, "is not allowed here");
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (depth > MaxDepth)
        {
            return Fail(problems, pointer, "is nested too deeply to validate");
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            // Draft-07: a $ref's siblings are ignored.
            if (!schemas.TryResolve(reference.GetString()!, baseUri, out var target, out var targetBase))
            {
                return Fail(problems, pointer, $"cannot be checked: schema reference '{reference.GetString()}' not found");
            }

            return Evaluate(instance, target, targetBase, pointer, problems, depth + 1);
        }

        if (schema.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && !id.GetString()!.StartsWith('#')
            && Uri.TryCreate(baseUri, id.GetString(), out var newBase))
        {
            baseUri = JsonSchemaSet.WithoutFragment(newBase);
        }

        var valid = true;
        foreach (var keyword in schema.EnumerateObject())
        {
            var ok = keyword.Name switch
            {
                "type" => CheckType(instance, keyword.Value, pointer, problems),
                "enum" => CheckEnum(instance, keyword.Value, pointer, problems),
                "const" => JsonValueComparer.AreEqual(instance, keyword.Value) || Fail(problems, pointer, $"must be {Preview(keyword.Value)}"),
                "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf" => CheckNumber(instance, keyword.Name, keyword.Value, pointer, problems),
                "minLength" or "maxLength" or "pattern" or "format" => CheckString(instance, keyword.Name, keyword.Value, pointer, problems),
                "items" => CheckItems(instance, keyword.Value, schema, baseUri, pointer, problems, depth),
                "minItems" => instance.ValueKind != JsonValueKind.Array || instance.GetArrayLength() >= Count(keyword.Value)
                    || Fail(problems, pointer, $"must have at least {Count(keyword.Value)} item(s)"),
                "maxItems" => instance.ValueKind != JsonValueKind.Array || instance.GetArrayLength() <= Count(keyword.Value)
                    || Fail(problems, pointer, $"must have at most {Count(keyword.Value)} item(s)"),
                "uniqueItems" => CheckUniqueItems(instance, keyword.Value, pointer, problems),
                "contains" => CheckContains(instance, keyword.Value, baseUri, pointer, problems, depth),
                "properties" or "patternProperties" or "additionalProperties" => !ChecksProperties(schema, keyword.Name)
                    || CheckProperties(instance, schema, baseUri, pointer, problems, depth),
                "required" => CheckRequired(instance, keyword.Value, pointer, problems),
                "minProperties" => instance.ValueKind != JsonValueKind.Object || instance.EnumerateObject().Count() >= Count(keyword.Value)
                    || Fail(problems, pointer, $"must have at least {Count(keyword.Value)} propert(ies)"),
                "maxProperties" => instance.ValueKind != JsonValueKind.Object || instance.EnumerateObject().Count() <= Count(keyword.Value)
                    || Fail(problems, pointer, $"must have at most {Count(keyword.Value)} propert(ies)"),
                "propertyNames" => CheckPropertyNames(instance, keyword.Value, baseUri, pointer, problems, depth),
                "dependencies" => CheckDependencies(instance, keyword.Value, baseUri, pointer, problems, depth),
                "allOf" => CheckAllOf(instance, keyword.Value, baseUri, pointer, problems, depth),
                "anyOf" => CheckAnyOf(instance, keyword.Value, baseUri, pointer, problems, depth),
                "oneOf" => CheckOneOf(instance, keyword.Value, baseUri, pointer, problems, depth),
                "not" => !Evaluate(instance, keyword.Value, baseUri, pointer, null, depth + 1)
                    || Fail(problems, pointer, "matches a schema it must not match (not)"),
                "if" => CheckIfThenElse(instance, schema, keyword.Value, baseUri, pointer, problems, depth),
                _ => true,
            };

            if (!ok)
            {
                valid = false;
                if (problems is null)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    /// <summary>properties, patternProperties and additionalProperties are checked together, once, by the first present.</summary>
    private static bool ChecksProperties(JsonElement schema, string keyword) => keyword switch
    {
        "properties" => true,
        "patternProperties" => !schema.TryGetProperty("properties", out _),
        _ => !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("patternProperties", out _),
    };

    private static bool CheckType(JsonElement instance, JsonElement type, string pointer, List<ValidationProblem>? problems)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return IsOfType(instance, type.GetString()!) || Fail(problems, pointer, $"must be of type {type.GetString()}, not {KindName(instance)}");
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            var names = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();
            return names.Any(n => IsOfType(instance, n)) || Fail(problems, pointer, $"must be of type {string.Join(" or ", names)}, not {KindName(instance)}");
        }

        return true;
    }

    private static bool IsOfType(JsonElement instance, string type) => type switch
    {
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(instance),
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool IsInteger(JsonElement number) =>
        number.TryGetDecimal(out var d) ? decimal.Truncate(d) == d : Math.Floor(number.GetDouble()) == number.GetDouble();

    private static bool CheckEnum(JsonElement instance, JsonElement values, string pointer, List<ValidationProblem>? problems)
    {
        if (values.ValueKind != JsonValueKind.Array || values.EnumerateArray().Any(v => JsonValueComparer.AreEqual(instance, v)))
        {
            return true;
        }

        var allowed = values.EnumerateArray().Take(12).Select(Preview).ToList();
        var more = values.GetArrayLength() > allowed.Count ? $", … ({values.GetArrayLength()} values)" : "";
        return Fail(problems, pointer, $"{Preview(instance)} is not one of the allowed values: {string.Join(", ", allowed)}{more}");
    }

    private static bool CheckNumber(JsonElement instance, string keyword, JsonElement limit, string pointer, List<ValidationProblem>? problems)
    {
        if (instance.ValueKind != JsonValueKind.Number || limit.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var value = instance.GetDouble();
        var bound = limit.GetDouble();
        var exact = instance.TryGetDecimal(out var dValue) & limit.TryGetDecimal(out var dBound);
        var comparison = exact ? dValue.CompareTo(dBound) : value.CompareTo(bound);
        var text = limit.GetRawText();
        return keyword switch
        {
            "minimum" => comparison >= 0 || Fail(problems, pointer, $"{instance.GetRawText()} is less than the minimum {text}"),
            "maximum" => comparison <= 0 || Fail(problems, pointer, $"{instance.GetRawText()} is greater than the maximum {text}"),
            "exclusiveMinimum" => comparison > 0 || Fail(problems, pointer, $"{instance.GetRawText()} must be greater than {text}"),
            "exclusiveMaximum" => comparison < 0 || Fail(problems, pointer, $"{instance.GetRawText()} must be less than {text}"),
            _ => IsMultipleOf(exact, dValue, dBound, value, bound) || Fail(problems, pointer, $"{instance.GetRawText()} is not a multiple of {text}"),
        };
    }

    private static bool IsMultipleOf(bool exact, decimal dValue, decimal dBound, double value, double bound)
    {
        if (exact && dBound != 0)
        {
            try
            {
                return dValue % dBound == 0;
            }
            catch (OverflowException)
            {
            }
        }

        if (bound == 0)
        {
            return true;
        }

        var quotient = value / bound;
        return double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
    }

    private bool CheckString(JsonElement instance, string keyword, JsonElement argument, string pointer, List<ValidationProblem>? problems)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var value = instance.GetString()!;
        switch (keyword)
        {
            case "minLength":
                return CodePoints(value) >= Count(argument) || Fail(problems, pointer, $"must be at least {Count(argument)} character(s) long");
            case "maxLength":
                return CodePoints(value) <= Count(argument) || Fail(problems, pointer, $"must be at most {Count(argument)} character(s) long");
            case "format":
                var why = argument.ValueKind == JsonValueKind.String ? JsonSchemaFormats.Check(argument.GetString()!, value) : null;
                return why is null || Fail(problems, pointer, $"{Preview(instance)} {why}");
            default:
                if (argument.ValueKind != JsonValueKind.String)
                {
                    return true;
                }

                var regex = schemas.Patterns.Get(argument.GetString()!);
                if (regex is null)
                {
                    return true;
                }

                if (!Matches(regex, value, pointer, problems, out var matched))
                {
                    return false;
                }

                return matched || Fail(problems, pointer, $"{Preview(instance)} does not match the pattern {argument.GetString()}");
        }
    }

    private static bool Matches(Regex regex, string value, string pointer, List<ValidationProblem>? problems, out bool matched)
    {
        try
        {
            matched = regex.IsMatch(value);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            matched = false;
            Fail(problems, pointer, $"took too long to check against the pattern {regex}");
            return false;
        }
    }

    private static int CodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                count++;
            }
        }

        return count;
    }

    private bool CheckItems(JsonElement instance, JsonElement items, JsonElement schema, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        var index = 0;
        if (items.ValueKind == JsonValueKind.Array)
        {
            var tupleLength = items.GetArrayLength();
            var hasAdditional = schema.TryGetProperty("additionalItems", out var additional);
            foreach (var item in instance.EnumerateArray())
            {
                var itemSchema = index < tupleLength ? items[index] : hasAdditional ? additional : default;
                if (itemSchema.ValueKind != JsonValueKind.Undefined
                    && !Evaluate(item, itemSchema, baseUri, JsonPointer.Append(pointer, index), problems, depth + 1))
                {
                    valid = false;
                    if (problems is null)
                    {
                        return false;
                    }
                }

                index++;
            }

            return valid;
        }

        foreach (var item in instance.EnumerateArray())
        {
            if (!Evaluate(item, items, baseUri, JsonPointer.Append(pointer, index), problems, depth + 1))
            {
                valid = false;
                if (problems is null)
                {
                    return false;
                }
            }

            index++;
        }

        return valid;
    }

    private static bool CheckUniqueItems(JsonElement instance, JsonElement unique, string pointer, List<ValidationProblem>? problems)
    {
        if (instance.ValueKind != JsonValueKind.Array || unique.ValueKind != JsonValueKind.True)
        {
            return true;
        }

        var seen = new Dictionary<JsonElement, int>(JsonValueComparer.Instance);
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (!seen.TryAdd(item, index))
            {
                return Fail(problems, JsonPointer.Append(pointer, index), $"duplicates item {seen[item]}; the items must be unique");
            }

            index++;
        }

        return true;
    }

    private bool CheckContains(JsonElement instance, JsonElement schema, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth) =>
        instance.ValueKind != JsonValueKind.Array
        || instance.EnumerateArray().Any(item => Evaluate(item, schema, baseUri, pointer, null, depth + 1))
        || Fail(problems, pointer, "contains no item that matches the required schema (contains)");

    private bool CheckProperties(JsonElement instance, JsonElement schema, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        schema.TryGetProperty("properties", out var properties);
        schema.TryGetProperty("patternProperties", out var patternProperties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            var childPointer = JsonPointer.Append(pointer, property.Name);
            var matched = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                matched = true;
                valid &= Evaluate(property.Value, propertySchema, baseUri, childPointer, problems, depth + 1);
            }

            if (patternProperties.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in patternProperties.EnumerateObject())
                {
                    var regex = schemas.Patterns.Get(pattern.Name);
                    if (regex is not null && Matches(regex, property.Name, childPointer, problems, out var isMatch) && isMatch)
                    {
                        matched = true;
                        valid &= Evaluate(property.Value, pattern.Value, baseUri, childPointer, problems, depth + 1);
                    }
                }
            }

            if (!matched && hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    valid = Fail(problems, childPointer, $"property '{property.Name}' is not allowed here");
                }
                else
                {
                    valid &= Evaluate(property.Value, additional, baseUri, childPointer, problems, depth + 1);
                }
            }

            if (!valid && problems is null)
            {
                return false;
            }
        }

        return valid;
    }

    private static bool CheckRequired(JsonElement instance, JsonElement required, string pointer, List<ValidationProblem>? problems)
    {
        if (instance.ValueKind != JsonValueKind.Object || required.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        foreach (var name in required.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && !instance.TryGetProperty(name.GetString()!, out _))
            {
                valid = Fail(problems, pointer, $"required property '{name.GetString()}' is missing");
                if (problems is null)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    private bool CheckPropertyNames(JsonElement instance, JsonElement schema, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        foreach (var property in instance.EnumerateObject())
        {
            using var name = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
            if (!Evaluate(name.RootElement, schema, baseUri, pointer, null, depth + 1))
            {
                return Fail(problems, JsonPointer.Append(pointer, property.Name), $"property name '{property.Name}' is not allowed (propertyNames)");
            }
        }

        return true;
    }

    private bool CheckDependencies(JsonElement instance, JsonElement dependencies, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (instance.ValueKind != JsonValueKind.Object || dependencies.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var dependency in dependencies.EnumerateObject())
        {
            if (!instance.TryGetProperty(dependency.Name, out _))
            {
                continue;
            }

            if (dependency.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var needed in dependency.Value.EnumerateArray())
                {
                    if (needed.ValueKind == JsonValueKind.String && !instance.TryGetProperty(needed.GetString()!, out _))
                    {
                        valid = Fail(problems, pointer, $"property '{needed.GetString()}' is required when '{dependency.Name}' is present");
                    }
                }
            }
            else
            {
                valid &= Evaluate(instance, dependency.Value, baseUri, pointer, problems, depth + 1);
            }

            if (!valid && problems is null)
            {
                return false;
            }
        }

        return valid;
    }

    private bool CheckAllOf(JsonElement instance, JsonElement schemasArray, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (schemasArray.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        foreach (var schema in schemasArray.EnumerateArray())
        {
            valid &= Evaluate(instance, schema, baseUri, pointer, problems, depth + 1);
            if (!valid && problems is null)
            {
                return false;
            }
        }

        return valid;
    }

    private bool CheckAnyOf(JsonElement instance, JsonElement alternatives, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (alternatives.ValueKind != JsonValueKind.Array
            || alternatives.EnumerateArray().Any(schema => Evaluate(instance, schema, baseUri, pointer, null, depth + 1)))
        {
            return true;
        }

        return Fail(problems, pointer, $"matches none of the {alternatives.GetArrayLength()} allowed alternatives (anyOf){Closest(instance, alternatives, baseUri, pointer, problems, depth)}");
    }

    private bool CheckOneOf(JsonElement instance, JsonElement alternatives, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (alternatives.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var matches = new List<int>();
        var index = 0;
        foreach (var schema in alternatives.EnumerateArray())
        {
            if (Evaluate(instance, schema, baseUri, pointer, null, depth + 1))
            {
                matches.Add(index);
                if (matches.Count > 1 && problems is null)
                {
                    return false;
                }
            }

            index++;
        }

        return matches.Count switch
        {
            1 => true,
            0 => Fail(problems, pointer, $"matches none of the {alternatives.GetArrayLength()} alternatives (oneOf){Closest(instance, alternatives, baseUri, pointer, problems, depth)}"),
            _ => Fail(problems, pointer, $"matches more than one of the alternatives {string.Join(" and ", matches.Select(m => $"#{m + 1}"))}; exactly one is allowed (oneOf)"),
        };
    }

    /// <summary>The first problem of the alternative that came nearest to matching, to make anyOf/oneOf failures actionable.</summary>
    private string Closest(JsonElement instance, JsonElement alternatives, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        if (problems is null)
        {
            return "";
        }

        List<ValidationProblem>? best = null;
        foreach (var schema in alternatives.EnumerateArray())
        {
            var found = new List<ValidationProblem>();
            Evaluate(instance, schema, baseUri, pointer, found, depth + 1);
            if (found.Count > 0 && (best is null || found.Count < best.Count))
            {
                best = found;
            }
        }

        return best is null ? "" : $"; nearest: {best[0]}";
    }

    private bool CheckIfThenElse(JsonElement instance, JsonElement schema, JsonElement condition, Uri baseUri, string pointer, List<ValidationProblem>? problems, int depth)
    {
        var branch = Evaluate(instance, condition, baseUri, pointer, null, depth + 1) ? "then" : "else";
        return !schema.TryGetProperty(branch, out var branchSchema) || Evaluate(instance, branchSchema, baseUri, pointer, problems, depth + 1);
    }

    private static bool Fail(List<ValidationProblem>? problems, string pointer, string message)
    {
        problems?.Add(new ValidationProblem(pointer, message));
        return false;
    }

    private static int Count(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : value.ValueKind == JsonValueKind.Number ? int.MaxValue : 0;

    private static string KindName(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Number => IsInteger(instance) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => instance.ValueKind.ToString().ToLowerInvariant(),
    };

    /// <summary>A short rendering of a value for messages; long values are cut so one problem stays one line.</summary>
    internal static string Preview(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
        return text.Length > 80 ? string.Concat(text.AsSpan(0, 77), "…") : text;
    }
}
