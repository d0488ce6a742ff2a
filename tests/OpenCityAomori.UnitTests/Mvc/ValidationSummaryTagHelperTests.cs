using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OpenCityAomori.Core.Mvc;
using OpenCityAomori.UnitTests.TestSupport;
using static OpenCityAomori.UnitTests.Mvc.TagHelperHarness;

namespace OpenCityAomori.UnitTests.Mvc;

public class ValidationSummaryTagHelperTests
{
    [Fact]
    public void A_form_that_was_not_posted_renders_nothing()
    {
        Assert.Equal(string.Empty, Summary(new ModelStateDictionary()));
    }

    [Fact]
    public void A_posted_form_without_errors_renders_nothing()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Title", "ok", "ok");
        state.MarkFieldValid("Title");

        Assert.Equal(string.Empty, Summary(state));
    }

    [Fact]
    public void Each_error_links_to_its_field()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Form.Title", "Enter a title.");
        state.AddModelError("Form.Slug", "Use letters.");

        var html = Summary(state);

        Assert.Contains("<a href=\"#Form_Title\">Enter a title.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Form_Slug\">Use letters.</a>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_target_is_the_id_of_the_field_control()
    {
        const string key = "Form.Items[0].Name";
        var state = new ModelStateDictionary();
        state.AddModelError(key, "Enter a name.");
        var field = Render(new FieldTagHelper { For = For(key, string.Empty), Label = "Name", ViewContext = ViewContext(state) }, "oca-field");

        var href = Regex.Match(Summary(state), "<a href=\"#([^\"]+)\">").Groups[1].Value;

        Assert.NotEmpty(href);
        Assert.Contains($"<input type=\"text\" id=\"{href}\"", field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_level_error_is_listed_without_a_link()
    {
        var state = new ModelStateDictionary();
        state.AddModelError(string.Empty, "Invalid login.");

        var html = Summary(state);

        Assert.Contains("<li>Invalid login.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_are_html_encoded()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Title", "<script>alert(1)</script>");

        var html = Summary(state);

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja-JP", "入力内容を確認してください")]
    [InlineData("en-US", "Please check your input")]
    public void The_heading_is_in_the_ui_language(string culture, string heading)
    {
        using var _ = UiCulture.Use(culture);
        var state = new ModelStateDictionary();
        state.AddModelError("Title", "x");

        Assert.Contains($">{heading}</h2>", Summary(state), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_follow_the_order_the_form_gives_and_unlisted_keys_come_last()
    {
        var state = new ModelStateDictionary();
        foreach (var key in new[] { "Zeta", "Input.Title", "Other", "Input.Kind", "Attachments[0]" })
        {
            state.AddModelError(key, key + " error");
        }

        var html = Summary(state, ["Input.Kind", "Input.Title", "Attachments[0]", "Zeta"]);

        var positions = new[] { "#Input_Kind", "#Input_Title", "#Attachments_0_", "#Zeta", "#Other" }.Select(id => html.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    private static string Summary(ModelStateDictionary state, IEnumerable<string>? order = null) =>
        Render(new ValidationSummaryTagHelper { ViewContext = ViewContext(state), FieldOrder = order }, "oca-validation-summary");
}
