using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using OpenCityAomori.Core.Mvc;
using OpenCityAomori.UnitTests.TestSupport;
using static OpenCityAomori.UnitTests.Mvc.TagHelperHarness;

namespace OpenCityAomori.UnitTests.Mvc;

public class FieldTagHelperTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("email")]
    [InlineData("password")]
    [InlineData("textarea")]
    [InlineData("select")]
    [InlineData("checkbox")]
    public void The_label_points_at_the_control(string type)
    {
        var html = Field("Form.Email", "a@example.jp", type: type);

        Assert.Equal("Form_Email", Single(html, "<label for=\"([^\"]+)\""));
        Assert.Equal("Form_Email", Single(html, "<(?:input|textarea|select)[^>]*? id=\"([^\"]+)\""));
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("oca-field", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("textarea")]
    [InlineData("checkbox")]
    public void An_invalid_field_is_marked_invalid_and_described_by_its_error(string type)
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Form.Email", "メールアドレスを入力してください。");

        var html = Field("Form.Email", "x", state, type: type);

        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var describedBy = Single(html, "aria-describedby=\"([^\"]+)\"");
        Assert.Equal("メールアドレスを入力してください。", Single(html, $"id=\"{Regex.Escape(describedBy)}\">([^<]*)<"));
    }

    [Fact]
    public void Help_text_and_error_are_both_referenced_by_the_control()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Phone", "Enter digits.");

        var html = Field("Phone", string.Empty, state, help: "例：017-000-0000");

        var ids = Single(html, "<input[^>]*aria-describedby=\"([^\"]+)\"").Split(' ');
        Assert.Equal(2, ids.Length);
        Assert.Equal("Enter digits.", Single(html, $"id=\"{ids[0]}\">([^<]*)<"));
        Assert.Equal("例：017-000-0000", Single(html, $"id=\"{ids[1]}\">([^<]*)<"));
    }

    [Fact]
    public void Label_value_and_error_are_html_encoded()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Title", "\"><script>alert(1)</script>", "\"><script>alert(1)</script>");
        state.AddModelError("Title", "<b>bad</b>");

        var html = Field("Title", "ignored", state, label: "<i>Title</i>");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Title&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bad&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_textarea_value_is_html_encoded()
    {
        var html = Field("Body", "</textarea><script>alert(1)</script>", type: "textarea");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(html, "</textarea>"));
    }

    [Fact]
    public void The_attempted_value_is_shown_again_after_a_failed_post()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("PostalCode", "０３０", "０３０");

        var html = Field("PostalCode", "030-8505", state);

        Assert.Equal("０３０", Single(html, "value=\"([^\"]*)\""));
    }

    [Fact]
    public void A_password_is_never_written_back_into_the_page()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Password", "s3cret-pass", "s3cret-pass");

        var html = Field("Password", "s3cret-pass", state, type: "password");

        Assert.DoesNotContain("s3cret-pass", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_field_is_marked_required_in_the_ui_language()
    {
        using var _ = UiCulture.Use("en-US");

        var html = Field("Title", string.Empty, required: true);

        Assert.Matches("<input[^>]* required[ >]", html);
        Assert.Contains("(required)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_select_marks_the_current_value_as_selected()
    {
        var items = new[] { new SelectListItem("日本語", "ja"), new SelectListItem("English", "en") };

        var html = Field("DefaultCulture", "en", type: "select", items: items);

        Assert.Equal("en", Single(html, "<option value=\"([^\"]+)\" selected>"));
    }

    private static string Field(
        string name, string value, ModelStateDictionary? state = null, string type = "text", string label = "ラベル",
        string? help = null, bool required = false, IEnumerable<SelectListItem>? items = null) =>
        Render(
            new FieldTagHelper
            {
                For = type == "checkbox" ? For(name, value.Length > 0) : For(name, value),
                Label = label,
                Type = type,
                Help = help,
                Required = required,
                Items = items,
                ViewContext = ViewContext(state),
            },
            "oca-field");

    private static string Single(string html, string pattern)
    {
        var matches = Regex.Matches(html, pattern);
        Assert.True(matches.Count == 1, $"expected one match of {pattern} in {html}");
        return matches[0].Groups[1].Value;
    }
}
