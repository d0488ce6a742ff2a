using System.Globalization;
using System.Text;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>An agreement's form that passed the checks, normalised and ready to store.</summary>
internal sealed record ValidAgreement(
    AgreementType Type,
    string Title,
    string TitleEn,
    string Summary,
    string SummaryEn,
    string DepartmentCode,
    IReadOnlyList<AgreementPartner> Partners,
    IReadOnlyList<AgreementText> Items,
    IReadOnlyList<AgreementText> Goals,
    IReadOnlyList<AgreementContribution> Contributions,
    (string Ja, string En) EffectsCity,
    (string Ja, string En) EffectsPartner,
    DateOnly? SignedOn,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DateOnly? ReviewOn,
    DateOnly? RenewalNoticeOn,
    string Notes)
{
    public void ApplyTo(Agreement a)
    {
        (a.Type, a.Title, a.TitleEn, a.Summary, a.SummaryEn, a.DepartmentCode) = (Type, Title, TitleEn, Summary, SummaryEn, DepartmentCode);
        (a.PartnersJson, a.ItemsJson, a.GoalsJson, a.ContributionsJson) =
            (AgreementJson.Write(Partners), AgreementJson.Write(Items), AgreementJson.Write(Goals), AgreementJson.Write(Contributions));
        (a.EffectsCity, a.EffectsCityEn, a.EffectsPartner, a.EffectsPartnerEn) = (EffectsCity.Ja, EffectsCity.En, EffectsPartner.Ja, EffectsPartner.En);
        (a.SignedOn, a.TermStart, a.TermEnd, a.ReviewOn, a.RenewalNoticeOn, a.Notes) = (SignedOn, TermStart, TermEnd, ReviewOn, RenewalNoticeOn, Notes);
    }
}

/// <summary>The rules of the agreement form, in the order of the form; messages in the user's language keyed to their inputs.</summary>
internal static class AgreementValidator
{
    public const int MaxRows = 30;
    public const int MaxRowLength = 500;
    public const int MaxTextLength = 2000;

    /// <summary><paramref name="forcedDepartment"/>: the department a department-scoped user's agreements always belong to.</summary>
    public static (ValidAgreement? Agreement, IReadOnlyList<(string Key, string Message)> Errors) Validate(
        AgreementForm form, IReadOnlyList<DirectoryDepartment> departments, string? forcedDepartment)
    {
        var errors = new List<(string, string)>();
        void Error(string key, string ja, string en) => errors.Add(("Form." + key, Cultures.T(ja, en)));
        string Text(string key, string? value, int max, bool required, string labelJa, string labelEn)
        {
            var text = JapaneseInput.Text(value ?? string.Empty);
            if (required && text.Length == 0)
            {
                Error(key, $"{labelJa}を入力してください。", $"Enter the {labelEn}.");
            }
            else if (text.Length > max)
            {
                Error(key, $"{labelJa}は{max:N0}文字以内で入力してください。", $"The {labelEn} may have at most {max:N0} characters.");
            }

            return text;
        }

        var type = Enum.TryParse<AgreementType>(form.Type, out var t) && Enum.IsDefined(t) ? t : (AgreementType?)null;
        if (type is null)
        {
            Error("Type", "協定の種類を選んでください。", "Choose the kind of agreement.");
        }

        var title = Text("Title", form.Title, 200, true, "件名", "title");
        var titleEn = Text("TitleEn", form.TitleEn, 200, false, "件名（英語）", "English title");
        var summary = Text("Summary", form.Summary, 1000, false, "概要", "summary");
        var summaryEn = Text("SummaryEn", form.SummaryEn, 1000, false, "概要（英語）", "English summary");
        var department = forcedDepartment ?? form.Department;
        if (!departments.Any(d => d.IsActive && d.Code == department))
        {
            Error("Department", "担当課を有効な課の中から選んでください。", "Choose the lead department from the active departments.");
        }

        var partners = new List<AgreementPartner>();
        for (var i = 0; i < form.Partners.Count; i++)
        {
            var row = form.Partners[i];
            var name = Text($"Partners[{i}].Name", row.Name, 200, false, "連携先の名前", "partner's name");
            var nameEn = Text($"Partners[{i}].NameEn", row.NameEn, 200, false, "連携先の名前（英語）", "partner's English name");
            var number = CorporateNumber.Normalize(row.CorporateNumber);
            if (number.Length > 0 && !CorporateNumber.IsValid(number))
            {
                Error($"Partners[{i}].CorporateNumber", "法人番号は13桁の数字で、正しい番号を入力してください（先頭の1桁はチェックデジットです）。", "Enter a valid 13-digit corporate number (its first digit is a check digit).");
            }

            if (name.Length == 0 && (nameEn.Length > 0 || number.Length > 0))
            {
                Error($"Partners[{i}].Name", "連携先の名前を入力してください。", "Enter the partner's name.");
            }
            else if (name.Length > 0)
            {
                partners.Add(new(name, nameEn, number.Length == 0 ? null : number));
            }
        }

        if (partners.Count == 0 && !errors.Any(e => e.Item1.StartsWith("Form.Partners", StringComparison.Ordinal)))
        {
            Error("Partners[0].Name", "連携先を一つ以上入力してください。", "Enter at least one partner.");
        }

        var items = Rows("Items", form.Items, "連携事項", "collaboration item", errors);
        var goals = Rows("Goals", form.Goals, "共有する目標", "shared goal", errors);
        var contributions = new List<AgreementContribution>();
        for (var i = 0; i < form.Contributions.Count; i++)
        {
            var row = form.Contributions[i];
            var text = Text($"Contributions[{i}].Text", row.Text, 300, false, "提供するもの", "contribution");
            var textEn = Text($"Contributions[{i}].TextEn", row.TextEn, 300, false, "提供するもの（英語）", "English contribution");
            if (text.Length == 0)
            {
                continue;
            }

            if (!Enum.TryParse<CaseStudyParty>(row.Party, out var party) || !Enum.IsDefined(party)
                || !Enum.TryParse<CaseStudyResource>(row.Resource, out var resource) || !Enum.IsDefined(resource))
            {
                Error($"Contributions[{i}].Party", "提供する側と種類を選んでください。", "Choose the side and the kind of resource.");
                continue;
            }

            contributions.Add(new(party, resource, text, textEn));
        }

        var effectsCity = (Text("EffectsCity", form.EffectsCity, MaxTextLength, false, "市にとっての効果", "effects for the city"), Text("EffectsCityEn", form.EffectsCityEn, MaxTextLength, false, "市にとっての効果（英語）", "English effects for the city"));
        var effectsPartner = (Text("EffectsPartner", form.EffectsPartner, MaxTextLength, false, "連携先にとっての効果", "effects for the partner"), Text("EffectsPartnerEn", form.EffectsPartnerEn, MaxTextLength, false, "連携先にとっての効果（英語）", "English effects for the partner"));
        var signedOn = Date("SignedOn", form.SignedOn, "締結日", "signing date", errors);
        var termStart = Date("TermStart", form.TermStart, "期間の開始日", "start of the term", errors);
        var termEnd = Date("TermEnd", form.TermEnd, "期間の終了日", "end of the term", errors);
        if (termStart is { } start && termEnd is { } end && end < start)
        {
            Error("TermEnd", "期間の終了日は開始日以降の日付にしてください。", "The end of the term must not be before its start.");
        }

        var reviewOn = Date("ReviewOn", form.ReviewOn, "見直しの日", "review date", errors);
        var renewalOn = Date("RenewalNoticeOn", form.RenewalNoticeOn, "更新の通知日", "renewal notice date", errors);
        var notes = Text("Notes", form.Notes, 4000, false, "内部メモ", "internal notes");
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidAgreement(type!.Value, title, titleEn, summary, summaryEn, department!, partners, items, goals, contributions, effectsCity, effectsPartner, signedOn, termStart, termEnd, reviewOn, renewalOn, notes), []);
    }

    /// <summary>A date typed as yyyy-MM-dd (or yyyy/M/d, full-width folded); null when empty.</summary>
    public static DateOnly? Date(string key, string? value, string labelJa, string labelEn, List<(string, string)> errors)
    {
        var text = JapaneseInput.FoldWidth(value ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900)
        {
            return date;
        }

        errors.Add(("Form." + key, Cultures.T($"{labelJa}は「2026-04-01」の形で入力してください。", $"Enter the {labelEn} as 2026-04-01.")));
        return null;
    }

    private static List<AgreementText> Rows(string list, List<TextInput> rows, string labelJa, string labelEn, List<(string, string)> errors)
    {
        var result = new List<AgreementText>();
        for (var i = 0; i < rows.Count; i++)
        {
            var ja = JapaneseInput.Text(rows[i].Ja ?? string.Empty);
            var en = JapaneseInput.Text(rows[i].En ?? string.Empty);
            if (ja.Length > MaxRowLength || en.Length > MaxRowLength)
            {
                errors.Add(($"Form.{list}[{i}].Ja", Cultures.T($"{labelJa}は1行{MaxRowLength}文字以内で入力してください。", $"Each {labelEn} may have at most {MaxRowLength} characters.")));
            }
            else if (ja.Length == 0 && en.Length > 0)
            {
                errors.Add(($"Form.{list}[{i}].Ja", Cultures.T($"{labelJa}を日本語でも入力してください。", $"Enter the {labelEn} in Japanese too.")));
            }
            else if (ja.Length > 0)
            {
                result.Add(new(ja, en));
            }
        }

        if (result.Count > MaxRows)
        {
            errors.Add(($"Form.{list}[0].Ja", Cultures.T($"{labelJa}は{MaxRows}行までです。", $"At most {MaxRows} rows of {labelEn}.")));
        }

        return result;
    }
}
