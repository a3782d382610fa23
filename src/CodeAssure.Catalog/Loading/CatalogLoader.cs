using System.Globalization;
using System.Text.Json;

namespace CodeAssure.Catalog.Loading;

/// <summary>
/// Reads a catalogue file, checks that it is complete and consistent, and builds the object graph. Nothing
/// half-checked escapes: either every rule holds or a <see cref="CatalogValidationException"/> lists what failed.
/// </summary>
internal static class CatalogLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static CodeCatalog Load(Stream json, string source)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            throw new CatalogValidationException(source, [$"not a valid catalogue document{where}: {FirstLine(e.Message)}"]);
        }

        if (document is null)
        {
            throw new CatalogValidationException(source, ["the document is empty (null)"]);
        }

        var builder = new Builder(source);
        return builder.Build(document);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private sealed class Builder(string source)
    {
        private readonly List<string> _problems = [];

        public CodeCatalog Build(CatalogDocument doc)
        {
            Require(!string.IsNullOrWhiteSpace(doc.CatalogVersion), "catalogVersion is empty");
            var published = ParseDate(doc.Code.Published, "code.published");
            var draftPublished = ParseDate(doc.Draft.Published, "draft.published");

            var themes = BuildThemes(doc.Themes);
            var principles = BuildPrinciples(doc.Principles, themes);
            var controls = new Dictionary<string, TechnicalControl>(StringComparer.Ordinal);
            var provisions = BuildProvisions(doc.Draft.Provisions, principles, controls);
            var claims = BuildClaims(doc.Claims, principles, controls);
            var roles = BuildRoles(doc.Roles, themes);
            var glossary = BuildGlossary(doc.Glossary);

            foreach (var principle in principles.Values.Where(p => p.Claims.Count == 0))
            {
                _problems.Add($"principle {principle.Id} has no claims");
            }

            foreach (var theme in themes.Values.Where(t => t.Principles.Count == 0))
            {
                _problems.Add($"theme {theme.Id} has no principles");
            }

            if (_problems.Count > 0)
            {
                throw new CatalogValidationException(source, _problems);
            }

            var edition = new CodeEdition(doc.Code.Id, doc.Code.Title, doc.Code.Edition, published, doc.Code.Publisher,
                doc.Code.SeniorResponsibleOwner, doc.Code.Skills);
            var assurance = new AssuranceFramework(doc.Assurance.Title, doc.Assurance.Publisher, doc.Assurance.Version,
                doc.Assurance.Method, doc.Assurance.Answers, doc.Assurance.AnswerScaleNote);
            var draft = new DraftCode(doc.Draft.Id, doc.Draft.Title, draftPublished, provisions, [.. controls.Values]);
            var audienceNotes = (doc.AudienceNotes ?? []).Select(n => new AudienceNote(n.Audience, n.Note)).ToList();
            return new CodeCatalog(doc.CatalogVersion, edition, assurance, [.. themes.Values], [.. principles.Values],
                claims, roles, audienceNotes, draft, glossary);
        }

        private SortedDictionary<int, Theme> BuildThemes(List<ThemeDocument> documents)
        {
            var themes = new SortedDictionary<int, Theme>();
            foreach (var t in documents)
            {
                if (!IdNumber.TryParse(t.Id, out var id) || id > 9)
                {
                    _problems.Add($"theme id '{t.Id}' is not a number from 1 to 9");
                    continue;
                }

                Require(!string.IsNullOrWhiteSpace(t.Title), $"theme {id} has no title");
                if (!themes.TryAdd(id, new Theme(id, t.Title, t.Purpose)))
                {
                    _problems.Add($"theme id {id} is used twice");
                }
            }

            Require(themes.Count > 0, "there are no themes");
            return themes;
        }

        private SortedDictionary<PrincipleId, Principle> BuildPrinciples(List<PrincipleDocument> documents, SortedDictionary<int, Theme> themes)
        {
            var principles = new SortedDictionary<PrincipleId, Principle>();
            foreach (var p in documents)
            {
                if (!PrincipleId.TryParse(p.Id, out var id))
                {
                    _problems.Add($"principle id '{p.Id}' is not of the form theme.number");
                    continue;
                }

                if (!themes.TryGetValue(id.Theme, out var theme))
                {
                    _problems.Add($"principle {id} belongs to theme {id.Theme}, which does not exist");
                    continue;
                }

                Require(!string.IsNullOrWhiteSpace(p.Statement), $"principle {id} has no statement");
                if (!principles.TryAdd(id, new Principle(id, theme, p.Statement, p.Guidance ?? [])))
                {
                    _problems.Add($"principle id {id} is used twice");
                }
            }

            // Added in id order, whatever the file's order.
            foreach (var principle in principles.Values)
            {
                principle.Theme.Add(principle);
            }

            return principles;
        }

        private List<DraftProvision> BuildProvisions(List<ProvisionDocument> documents,
            SortedDictionary<PrincipleId, Principle> principles, Dictionary<string, TechnicalControl> controls)
        {
            // First every control, so that a provision may also refer to a control defined under another one
            // (the draft's table spans rows: one control for 3.3 and 3.4, one for 4.1 and 4.2).
            foreach (var c in documents.SelectMany(d => d.TechnicalControls ?? []))
            {
                Require(c.Id.StartsWith("TC-", StringComparison.Ordinal), $"technical control id '{c.Id}' does not start with TC-");
                Require(controls.TryAdd(c.Id, new TechnicalControl(c.Id, c.Title, c.Outcome)), $"technical control id {c.Id} is used twice");
            }

            var provisions = new SortedDictionary<PrincipleId, DraftProvision>();
            foreach (var d in documents)
            {
                if (!PrincipleId.TryParse(d.Id, out var id))
                {
                    _problems.Add($"draft provision id '{d.Id}' is not of the form theme.number");
                    continue;
                }

                var label = $"draft provision {id}";
                Require(IdNumber.TryParse(d.Theme, out var theme) && theme == id.Theme,
                    $"{label} names theme '{d.Theme}' but its id places it in theme {id.Theme}");
                ProvisionLevel? level = d.Level switch
                {
                    "shall" => ProvisionLevel.Shall,
                    "should" => ProvisionLevel.Should,
                    _ => null,
                };
                if (level is null)
                {
                    _problems.Add($"{label} has level '{d.Level}' (expected shall or should)");
                    continue;
                }

                var carriedInto = new List<Principle>();
                foreach (var target in d.CarriedInto)
                {
                    if (PrincipleId.TryParse(target, out var targetId) && principles.TryGetValue(targetId, out var principle))
                    {
                        carriedInto.Add(principle);
                    }
                    else
                    {
                        _problems.Add($"{label} is carried into '{target}', which is not a principle of the final Code");
                    }
                }

                Require(d.CarriedInto.Count > 0 || !string.IsNullOrWhiteSpace(d.Note),
                    $"{label} is neither mapped to a final principle nor marked as not carried (a note saying why)");

                var references = (d.TechnicalControls ?? []).Select(c => c.Id).Concat(d.TechnicalControlRefs ?? []);
                var ownControls = new List<TechnicalControl>();
                foreach (var reference in references.Distinct(StringComparer.Ordinal))
                {
                    if (controls.TryGetValue(reference, out var control))
                    {
                        ownControls.Add(control);
                    }
                    else
                    {
                        _problems.Add($"{label} refers to technical control '{reference}', which does not exist");
                    }
                }

                Require(level != ProvisionLevel.Shall || ownControls.Count > 0, $"{label} is a 'shall' with no technical control");
                var provision = new DraftProvision(id, id.Theme, level.Value, d.Statement, ownControls, carriedInto, d.Note);
                if (!provisions.TryAdd(id, provision))
                {
                    _problems.Add($"draft provision id {id} is used twice");
                }
            }

            foreach (var provision in provisions.Values)
            {
                foreach (var control in provision.TechnicalControls)
                {
                    control.Add(provision);
                }

                foreach (var principle in provision.CarriedInto)
                {
                    principle.Add(provision);
                }
            }

            return [.. provisions.Values];
        }

        private List<Claim> BuildClaims(List<ClaimDocument> documents, SortedDictionary<PrincipleId, Principle> principles,
            Dictionary<string, TechnicalControl> controls)
        {
            var claims = new SortedDictionary<ClaimId, Claim>();
            foreach (var c in documents)
            {
                if (!ClaimId.TryParse(c.Id, out var id))
                {
                    _problems.Add($"claim id '{c.Id}' is not of the form theme.principle.number");
                    continue;
                }

                if (!principles.TryGetValue(id.Principle, out var principle))
                {
                    _problems.Add($"claim {id} belongs to principle {id.Principle}, which does not exist");
                    continue;
                }

                var source = c.Source switch
                {
                    null or "apc" => ClaimSource.AssurancePrinciplesAndClaims,
                    "claims-tree" => ClaimSource.ClaimsTree,
                    _ => (ClaimSource?)null,
                };
                if (source is null)
                {
                    _problems.Add($"claim {id} has source '{c.Source}' (expected apc or claims-tree)");
                    continue;
                }

                if ((source == ClaimSource.ClaimsTree) != id.IsFromTree)
                {
                    _problems.Add($"claim {id}: claims-tree claims, and only they, take a T number");
                }

                var scan = c.RepositoryScan switch
                {
                    "automatic" => ScanCoverage.Automatic,
                    "supporting" => ScanCoverage.Supporting,
                    "manual" => ScanCoverage.Manual,
                    _ => (ScanCoverage?)null,
                };
                if (scan is null)
                {
                    _problems.Add($"claim {id} has repositoryScan '{c.RepositoryScan}' (expected automatic, supporting or manual)");
                    continue;
                }

                Require(!string.IsNullOrWhiteSpace(c.Statement), $"claim {id} has no statement");
                Require(c.Evidence.Count > 0, $"claim {id} suggests no evidence");
                var claimControls = new List<TechnicalControl>();
                foreach (var reference in c.TechnicalControls ?? [])
                {
                    if (controls.TryGetValue(reference, out var control))
                    {
                        claimControls.Add(control);
                    }
                    else
                    {
                        _problems.Add($"claim {id} refers to technical control '{reference}', which does not exist");
                    }
                }

                var claim = new Claim(id, principle, c.Statement, source.Value, scan.Value, c.Evidence, claimControls);
                if (!claims.TryAdd(id, claim))
                {
                    _problems.Add($"claim id {id} is used twice");
                }
            }

            foreach (var claim in claims.Values)
            {
                claim.Principle.Add(claim);
            }

            return [.. claims.Values];
        }

        private List<StakeholderRole> BuildRoles(List<RoleDocument> documents, SortedDictionary<int, Theme> themes)
        {
            var roles = new List<StakeholderRole>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in documents)
            {
                if (!ids.Add(r.Id))
                {
                    _problems.Add($"role id {r.Id} is used twice");
                    continue;
                }

                var byTheme = new Dictionary<int, Applicability>();
                foreach (var (key, value) in r.Themes)
                {
                    if (!IdNumber.TryParse(key, out var themeId) || !themes.ContainsKey(themeId))
                    {
                        _problems.Add($"role {r.Id} names theme '{key}', which does not exist");
                        continue;
                    }

                    Applicability? applicability = value switch
                    {
                        "applies" => Applicability.Applies,
                        "where-in-scope" => Applicability.WhereInScope,
                        "not-applicable" => Applicability.NotApplicable,
                        _ => null,
                    };
                    if (applicability is null)
                    {
                        _problems.Add($"role {r.Id} gives theme {themeId} '{value}' (expected applies, where-in-scope or not-applicable)");
                        continue;
                    }

                    byTheme[themeId] = applicability.Value;
                }

                foreach (var theme in themes.Keys.Where(t => !byTheme.ContainsKey(t)))
                {
                    _problems.Add($"role {r.Id} does not say whether theme {theme} applies");
                }

                roles.Add(new StakeholderRole(r.Id, r.Name, r.Description, r.Examples ?? [], byTheme));
            }

            Require(roles.Count > 0, "there are no stakeholder roles");
            return roles;
        }

        private List<GlossaryEntry> BuildGlossary(List<GlossaryDocument> documents)
        {
            var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in documents)
            {
                Require(terms.Add(g.Term), $"glossary term '{g.Term}' is defined twice");
                Require(!string.IsNullOrWhiteSpace(g.Definition), $"glossary term '{g.Term}' has no definition");
            }

            return [.. documents.Select(g => new GlossaryEntry(g.Term, g.Definition))];
        }

        private DateOnly ParseDate(string text, string field)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            _problems.Add($"{field} '{text}' is not a date (yyyy-MM-dd)");
            return default;
        }

        private void Require(bool condition, string problem)
        {
            if (!condition)
            {
                _problems.Add(problem);
            }
        }
    }
}
