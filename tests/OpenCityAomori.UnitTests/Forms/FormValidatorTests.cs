using System.Globalization;
using System.Text;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.UnitTests.Forms;

public sealed class FormValidatorTests
{
    private static readonly FormField Name = new() { Name = "name", Kind = FormFieldKind.Text, LabelJa = "氏名", LabelEn = "Name", Required = true, MaxLength = 5 };
    private static readonly FormField Postal = new() { Name = "zip", Kind = FormFieldKind.PostalCode, LabelJa = "郵便番号", LabelEn = "Postal code" };
    private static readonly FormField Code = new() { Name = "code", Kind = FormFieldKind.Text, LabelJa = "番号", Pattern = "[A-Z]{2}[0-9]{2}", PatternMessageJa = "英大文字2字と数字2字です。", PatternMessageEn = "Two capitals and two digits." };
    private static readonly FormField Topic = new() { Name = "topic", Kind = FormFieldKind.Radio, LabelJa = "分野", Required = true, Options = [new() { Value = "pfi", LabelJa = "PFI" }, new() { Value = "other", LabelJa = "その他" }] };
    private static readonly FormField Consent = new() { Name = "privacy", Kind = FormFieldKind.Consent, LabelJa = "同意します", LabelEn = "I agree", Required = true };
    private static readonly FormField Doc = new() { Name = "doc", Kind = FormFieldKind.File, LabelJa = "資料", Extensions = ["pdf", "png"], MaxBytes = 64 };

    private static FormValidationResult Validate(IReadOnlyList<FormField> fields, Dictionary<string, string[]> values, Dictionary<string, PostedFile>? files = null, string culture = "ja")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return FormValidator.Validate(fields, new FormInput(values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value), files ?? []));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Missing_required_values_are_reported_in_the_users_language()
    {
        var ja = Validate([Name, Consent, Topic], []);
        Assert.Equal("氏名を入力してください。", ja.Errors["f_name"]);
        Assert.Equal("分野を選んでください。", ja.Errors["f_topic"]);
        Assert.Contains("同意してください", ja.Errors["f_privacy"], StringComparison.Ordinal);
        var en = Validate([Name, Consent], [], culture: "en");
        Assert.Equal("Enter Name.", en.Errors["f_name"]);
        Assert.Contains("agree to \"I agree\"", en.Errors["f_privacy"], StringComparison.Ordinal);
    }

    [Fact]
    public void Length_counts_characters_as_people_see_them()
    {
        Assert.True(Validate([Name], new() { ["name"] = ["青森太郎"] }).IsValid);
        Assert.Contains("5文字以内", Validate([Name], new() { ["name"] = ["青森市太郎様"] }).Errors["f_name"], StringComparison.Ordinal);
    }

    [Fact]
    public void Postal_code_is_normalised_before_it_is_checked()
    {
        var result = Validate([Postal], new() { ["zip"] = ["〒０３０－８５０５"] });
        Assert.True(result.IsValid);
        Assert.Equal("030-8505", result.Values["zip"]);
        Assert.False(Validate([Postal], new() { ["zip"] = ["03-085"] }).IsValid);
    }

    [Fact]
    public void A_pattern_gives_the_editors_message()
    {
        Assert.True(Validate([Code], new() { ["code"] = ["AB12"] }).IsValid);
        Assert.Equal("英大文字2字と数字2字です。", Validate([Code], new() { ["code"] = ["AB123"] }).Errors["f_code"]);
        Assert.Equal("Two capitals and two digits.", Validate([Code], new() { ["code"] = ["x"] }, culture: "en").Errors["f_code"]);
    }

    [Fact]
    public void Choices_must_be_among_the_options()
    {
        Assert.True(Validate([Topic], new() { ["topic"] = ["pfi"] }).IsValid);
        Assert.False(Validate([Topic], new() { ["topic"] = ["<script>"] }).IsValid);
        Assert.False(Validate([Topic], []).IsValid);
    }

    [Fact]
    public void Files_are_checked_by_extension_size_and_content()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 tiny");
        Assert.True(Validate([Doc], [], new() { ["doc"] = new PostedFile("a.pdf", pdf.Length, pdf) }).IsValid);
        Assert.Contains("一致しません", Validate([Doc], [], new() { ["doc"] = new PostedFile("a.png", pdf.Length, pdf) }).Errors["f_doc"], StringComparison.Ordinal);
        Assert.Contains("次の形式", Validate([Doc], [], new() { ["doc"] = new PostedFile("a.html", pdf.Length, pdf) }).Errors["f_doc"], StringComparison.Ordinal);
        Assert.Contains("以下にしてください", Validate([Doc], [], new() { ["doc"] = new PostedFile("a.pdf", 65, []) }).Errors["f_doc"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taro@example.jp", true)]
    [InlineData("taro@example", false)]
    [InlineData("taro example@jp.jp", false)]
    [InlineData("Taro <taro@example.jp>", false)]
    public void E_mail_addresses(string value, bool valid) => Assert.Equal(valid, FormValidator.IsEmail(value));
}
