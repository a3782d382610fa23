using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Sbom.Tests.PackageUrls;

public sealed class PackageUrlTests
{
    [Fact]
    public void Parses_every_component()
    {
        var purl = PackageUrl.Parse("pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=zip&classifier=dist#src/main");

        Assert.Equal("maven", purl.Type);
        Assert.Equal("org.apache.xmlgraphics", purl.Namespace);
        Assert.Equal("batik-anim", purl.Name);
        Assert.Equal("1.9.1", purl.Version);
        Assert.Equal(["classifier", "type"], purl.Qualifiers.Keys);
        Assert.Equal("src/main", purl.Subpath);
        Assert.Equal("pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=dist&type=zip#src/main", purl.ToString());
    }

    [Theory]
    [InlineData("pkg://npm/left-pad", "pkg:npm/left-pad")]
    [InlineData("pkg:///npm/left-pad", "pkg:npm/left-pad")]
    [InlineData("PKG:NPM/left-pad", "pkg:npm/left-pad")]
    [InlineData("pkg:npm/left-pad/", "pkg:npm/left-pad")]
    [InlineData("pkg:npm//scope//left-pad", "pkg:npm/scope/left-pad")]
    public void Ignores_insignificant_slashes_and_scheme_case(string input, string canonical) =>
        Assert.Equal(canonical, PackageUrl.Parse(input).ToString());

    [Fact]
    public void Drops_qualifiers_with_empty_values()
    {
        var purl = PackageUrl.Parse("pkg:deb/debian/curl@7.50.3?arch=&distro=jessie&&flag");

        Assert.Equal("jessie", Assert.Single(purl.Qualifiers).Value);
        Assert.Equal("pkg:deb/debian/curl@7.50.3?distro=jessie", purl.ToString());
    }

    [Fact]
    public void Lower_cases_and_sorts_qualifier_keys()
    {
        var purl = PackageUrl.Parse("pkg:npm/x@1?Zeta=1&alpha=2");

        Assert.Equal("pkg:npm/x@1?alpha=2&zeta=1", purl.ToString());
    }

    [Theory]
    [InlineData("pkg:npm/x#a/./b/../c", "a/b/c")]
    [InlineData("pkg:npm/x#/a//b/", "a/b")]
    [InlineData("pkg:npm/x#%2E%2E/a", "a")]
    public void Removes_empty_dot_and_dot_dot_subpath_segments(string input, string subpath) =>
        Assert.Equal(subpath, PackageUrl.Parse(input).Subpath);

    [Fact]
    public void Subpath_of_only_dots_is_absent() =>
        Assert.Null(PackageUrl.Parse("pkg:npm/x#./..").Subpath);

    [Fact]
    public void Percent_encodes_everything_outside_the_allowed_set_but_keeps_colons()
    {
        var purl = new PackageUrl("generic", null, "a b+c", "1:2/3", [new("url", "https://x.org/p?q=1&r#s")]);

        Assert.Equal("pkg:generic/a%20b%2Bc@1:2%2F3?url=https:%2F%2Fx.org%2Fp%3Fq%3D1%26r%23s", purl.ToString());
        Assert.Equal(purl, PackageUrl.Parse(purl.ToString()));
    }

    [Fact]
    public void Decodes_and_reencodes_unicode_as_utf8()
    {
        var purl = PackageUrl.Parse("pkg:npm/caf%C3%A9@%E2%9C%93");

        Assert.Equal("café", purl.Name);
        Assert.Equal("✓", purl.Version);
        Assert.Equal("pkg:npm/caf%C3%A9@%E2%9C%93", purl.ToString());
    }

    [Fact]
    public void Accepts_raw_unicode_and_encodes_it_in_the_canonical_form() =>
        Assert.Equal("pkg:npm/caf%C3%A9", PackageUrl.Parse("pkg:npm/café").ToString());

    [Fact]
    public void Encodes_npm_scope_at_sign() =>
        Assert.Equal("pkg:npm/%40babel/core@7.0.0", PackageUrl.Parse("pkg:npm/@babel/core@7.0.0").ToString());

    [Fact]
    public void Splits_the_version_at_the_last_at_sign() =>
        Assert.Equal(("node@20", "20.10.0"), (PackageUrl.Parse("pkg:brew/node@20@20.10.0").Name, PackageUrl.Parse("pkg:brew/node@20@20.10.0").Version));

    [Fact]
    public void Reads_the_checksum_qualifier_as_a_list()
    {
        var purl = PackageUrl.Parse("pkg:generic/openssl@1.1.10g?checksum=sha1:ad9503c3e994a4f%2Csha256:41bf9088b3a1e6c1ef1d");

        Assert.Equal(["sha1:ad9503c3e994a4f", "sha256:41bf9088b3a1e6c1ef1d"], purl.Checksums);
        Assert.Equal("pkg:generic/openssl@1.1.10g?checksum=sha1:ad9503c3e994a4f%2Csha256:41bf9088b3a1e6c1ef1d", purl.ToString());
    }

    [Fact]
    public void Has_no_checksums_without_the_qualifier() => Assert.Empty(PackageUrl.Parse("pkg:npm/x").Checksums);

    [Theory]
    [InlineData("pkg:PYPI/Django_Package@1.0RC1", "pkg:pypi/django-package@1.0rc1")]
    [InlineData("pkg:github/Package-URL/Purl-Spec", "pkg:github/package-url/purl-spec")]
    [InlineData("pkg:maven/Org.Example/Artifact@1.0-SNAPSHOT", "pkg:maven/Org.Example/Artifact@1.0-SNAPSHOT")]
    [InlineData("pkg:cpan/drolsky/DateTime@1.55", "pkg:cpan/DROLSKY/DateTime@1.55")]
    [InlineData("pkg:huggingface/EleutherAI/gpt-neo@ABCDEF", "pkg:huggingface/EleutherAI/gpt-neo@abcdef")]
    [InlineData("pkg:pub/Caf\u00e9_Lib", "pkg:pub/caf__lib")]
    [InlineData("pkg:swid/Acme/Product?tag_id=75B8C285-FA7B-485B-B199-4745E3004D0D", "pkg:swid/Acme/Product?tag_id=75b8c285-fa7b-485b-b199-4745e3004d0d")]
    [InlineData("pkg:mlflow/Model@1?repository_url=https://adb-1.azuredatabricks.net/api", "pkg:mlflow/model@1?repository_url=https:%2F%2Fadb-1.azuredatabricks.net%2Fapi")]
    [InlineData("pkg:mlflow/Model@1", "pkg:mlflow/Model@1")]
    [InlineData("pkg:unregistered-type/Some/Thing@V1", "pkg:unregistered-type/Some/Thing@V1")]
    public void Applies_the_type_rules(string input, string canonical) =>
        Assert.Equal(canonical, PackageUrl.Parse(input).ToString());

    [Fact]
    public void Lower_cases_with_the_full_unicode_mapping() =>
        Assert.Equal("i\u0307stanbul", PackageUrl.Parse("pkg:github/x/%C4%B0stanbul").Name);

    [Fact]
    public void Treats_the_git_namespace_as_the_host_and_the_rest_as_the_name()
    {
        var parsed = PackageUrl.Parse("pkg:git/gitlab.gnome.org/GNOME/adwaita-fonts");
        var built = new PackageUrl("git", "gitlab.gnome.org/GNOME", "adwaita-fonts");

        Assert.Equal("gitlab.gnome.org", parsed.Namespace);
        Assert.Equal("GNOME/adwaita-fonts", parsed.Name);
        Assert.Equal(parsed, built);
    }

    [Fact]
    public void Is_equal_by_canonical_form()
    {
        var a = PackageUrl.Parse("pkg:NPM/x@1?b=2&a=1");
        var b = new PackageUrl("npm", null, "x", "1", [new("a", "1"), new("b", "2"), new("c", "")]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PackageUrl.Parse("pkg:npm/x@2"));
    }

    [Fact]
    public void Knows_registered_types()
    {
        Assert.True(PackageUrl.Parse("pkg:npm/x").IsRegisteredType);
        Assert.False(PackageUrl.Parse("pkg:madeup/x").IsRegisteredType);
    }

    [Theory]
    [InlineData("", "missing the 'pkg:' scheme")]
    [InlineData("npm/left-pad", "missing the 'pkg:' scheme")]
    [InlineData("pkg%3Anpm/left-pad", "missing the 'pkg:' scheme")]
    [InlineData("http://npm/left-pad", "the scheme must be 'pkg'")]
    [InlineData("pkg:", "the type is required")]
    [InlineData("pkg:/left-pad", "the name is required")]
    [InlineData("pkg:3d/x", "must start with an ASCII letter")]
    [InlineData("pkg:n%70m/x", "may hold only ASCII letters")]
    [InlineData("pkg:n_pm/x", "may hold only ASCII letters")]
    [InlineData("pkg:npm", "the name is required")]
    [InlineData("pkg:npm/", "the name is required")]
    [InlineData("pkg:npm/@1.0", "the name is required")]
    [InlineData("pkg:npm/scope/@1.0", "the name is required")]
    [InlineData("pkg:npm/x%", "invalid percent-encoding")]
    [InlineData("pkg:npm/x%4", "invalid percent-encoding")]
    [InlineData("pkg:npm/x%G0", "invalid percent-encoding")]
    [InlineData("pkg:npm/x%C3%28", "not valid UTF-8")]
    [InlineData("pkg:npm/x%FF", "not valid UTF-8")]
    [InlineData("pkg:npm/a%2Fb/x", "may not contain an encoded '/'")]
    [InlineData("pkg:npm/x#a%2Fb", "may not contain an encoded '/'")]
    [InlineData("pkg:npm/x?in%20production=true", "qualifier key")]
    [InlineData("pkg:npm/x?1a=b", "must start with an ASCII letter")]
    [InlineData("pkg:npm/x?=b", "empty key")]
    [InlineData("pkg:npm/x?a=1&A=2", "appears more than once")]
    [InlineData("pkg:npm/x\u0000", "control character U+0000 at position 10")]
    [InlineData("pkg:npm/x\ty", "control character U+0009")]
    [InlineData("pkg:npm/x\u007f", "control character U+007F")]
    public void Rejects_malformed_purls_with_a_reason(string input, string reason)
    {
        var error = Assert.Throws<PackageUrlFormatException>(() => PackageUrl.Parse(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(PackageUrlErrorKind.Syntax, error.Kind);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("pkg:pypi/ns/django", "must not have a namespace")]
    [InlineData("pkg:maven/junit", "requires a namespace")]
    [InlineData("pkg:julia/Dates@1.9.0", "requires the qualifier 'uuid'")]
    [InlineData("pkg:swid/a/b/c/Name?tag_id=x", "at most 2 segments")]
    [InlineData("pkg:chrome-extension/dogs", "permitted characters")]
    [InlineData("pkg:cpan/URI::PackageURL", "shall not contain '::'")]
    [InlineData("pkg:cocoapods/Share+Kit", "shall not contain whitespace or '+'")]
    [InlineData("pkg:yocto/core/glibc?repository_url=ftp:%2F%2Fx", "yocto repository_url shall use")]
    public void Rejects_purls_that_break_their_type_rules(string input, string reason)
    {
        var error = Assert.Throws<PackageUrlFormatException>(() => PackageUrl.Parse(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(PackageUrlErrorKind.TypeRule, error.Kind);
    }

    [Fact]
    public void Rejects_very_long_input_without_reading_it_all()
    {
        var input = "pkg:npm/" + new string('a', PackageUrl.MaxLength);

        var error = Assert.Throws<PackageUrlFormatException>(() => PackageUrl.Parse(input));

        Assert.Contains("at most 65536 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_long_but_allowed_input()
    {
        var name = new string('a', 60_000);

        Assert.Equal(name, PackageUrl.Parse("pkg:generic/" + name).Name);
    }

    [Fact]
    public void Echoes_hostile_input_in_messages_only_shortened_and_escaped()
    {
        var error = Assert.Throws<PackageUrlFormatException>(() => PackageUrl.Parse("pkg:" + new string('\u202e', 500) + "/x"));

        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void Try_parse_returns_false_and_the_reason_instead_of_throwing()
    {
        Assert.False(PackageUrl.TryParse("not a purl", out var purl, out var error));
        Assert.Null(purl);
        Assert.Equal("missing the 'pkg:' scheme", error);
        Assert.False(PackageUrl.TryParse(null, out _));
        Assert.True(PackageUrl.TryParse("pkg:npm/x", out var ok));
        Assert.Equal("x", ok.Name);
    }

    [Fact]
    public void Builds_from_components_with_the_same_rules_as_parsing()
    {
        var purl = PackageUrl.Create("PyPI", null, "/Django_Allauth/", "", [new("file_name", "x.whl"), new("empty", "")], "./a/../b");

        Assert.Equal("pkg:pypi/django-allauth?file_name=x.whl#a/b", purl.ToString());
    }

    [Fact]
    public void Builds_from_a_plain_dictionary_of_qualifiers()
    {
        var qualifiers = new Dictionary<string, string> { ["Arch"] = "amd64", ["distro"] = "" };

        Assert.Equal("pkg:deb/debian/curl?arch=amd64", new PackageUrl("deb", "Debian", "curl", null, qualifiers).ToString());
    }

    [Theory]
    [InlineData(null, "x")]
    [InlineData("", "x")]
    [InlineData("npm", null)]
    [InlineData("npm", "")]
    [InlineData("npm", "/")]
    public void Refuses_to_build_without_type_or_name(string? type, string? name) =>
        Assert.Throws<PackageUrlFormatException>(() => new PackageUrl(type!, null, name!));

    [Fact]
    public void Canonical_form_parses_back_to_itself()
    {
        string[] inputs =
        [
            "pkg:npm/%40angular/animation@12.3.1",
            "pkg:golang/google.golang.org/genproto@abcdedf#googleapis/api/annotations",
            "pkg:generic/x?download_url=https://e.org/a%20b.tgz&checksum=sha256:ab",
            "pkg:git/codeberg.org/forgejo/forgejo@a72d2c0#options/locale_readme.md",
            "pkg:docker/customer/dockerimage@sha256%3A244fd47e07d10?repository_url=gcr.io",
        ];

        foreach (var input in inputs)
        {
            var canonical = PackageUrl.Parse(input).ToString();
            Assert.Equal(canonical, PackageUrl.Parse(canonical).ToString());
        }
    }
}
