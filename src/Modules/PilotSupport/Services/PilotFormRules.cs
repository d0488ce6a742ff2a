using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>Checks the edit form (errors by field, in the user's language) and applies a valid one to the pilot.</summary>
internal static class PilotFormRules
{
    /// <param name="canMove">Whether the user may choose the department (desk): department staff keep their own.</param>
    public static List<(string Key, string Message)> Validate(PilotForm form, bool canMove, IReadOnlyList<DirectoryDepartment> departments)
    {
        var errors = new List<(string, string)>();
        // Each text is checked as it will be stored: one-line fields folded (NFKC), the others trimmed.
        void Length(string key, string text, int max, string ja, string en, bool required = false)
        {
            if ((required && text.Length == 0) || text.Length > max)
            {
                errors.Add((key, Cultures.T($"{ja}を{(required ? "入力してください" : "短くしてください")}（{max:N0}文字以内）。", $"{(required ? "Enter" : "Shorten")} the {en} (at most {max:N0} characters).")));
            }
        }

        Length("Title", PilotForm.Clean(form.Title), 200, "件名", "title", required: true);
        Length("TitleEn", PilotForm.Clean(form.TitleEn), 200, "英語の件名", "English title");
        if (form.BusinessNames.Count == 0 || form.BusinessNames.Any(n => n.Length > 200))
        {
            errors.Add(("Businesses", Cultures.T("実施する事業者等を1行に1つずつ入力してください（各200文字以内）。", "List the businesses running the pilot, one a line (at most 200 characters each).")));
        }

        if (canMove && form.DepartmentCode is { Length: > 0 } code && !departments.Any(d => d.IsActive && d.Code == code))
        {
            errors.Add(("DepartmentCode", Cultures.T("担当課を有効な課の中から選んでください。", "Choose the department from the active departments.")));
        }

        var start = PilotForm.TryDay(form.StartDate, out var from);
        if (!start)
        {
            errors.Add(("StartDate", Cultures.T("開始日は 2026-04-01 の形で入力してください。", "Enter the start date as 2026-04-01.")));
        }

        if (!PilotForm.TryDay(form.EndDate, out var to))
        {
            errors.Add(("EndDate", Cultures.T("終了日は 2026-04-30 の形で入力してください。", "Enter the end date as 2026-04-30.")));
        }
        else if (start && from is { } f && to is { } t && t < f)
        {
            errors.Add(("EndDate", Cultures.T("終了日は開始日以降の日付にしてください。", "The end date cannot be before the start date.")));
        }

        Length("Place", PilotForm.Clean(form.Place), 300, "実施場所", "place");
        Length("SummaryJa", form.SummaryJa.Trim(), PilotForm.SummaryLength, "公開用の概要", "public summary");
        Length("SummaryEn", form.SummaryEn.Trim(), PilotForm.SummaryLength, "英語の公開用の概要", "English public summary");
        Length("CityProvidesNote", form.CityProvidesNote.Trim(), PilotForm.NoteLength, "市が提供するものの補足", "note on what the city provides");
        Length("BusinessDoesNote", form.BusinessDoesNote.Trim(), PilotForm.NoteLength, "事業者の役割の補足", "note on what the business does");
        Length("CostSharing", form.CostSharing.Trim(), 2000, "費用分担", "cost sharing");
        if (!PilotForm.TryYen(form.BudgetAmount, out _))
        {
            errors.Add(("BudgetAmount", Cultures.T("予算措置額は円単位の整数で入力してください（例：300000）。", "Enter the budget in whole yen (e.g. 300000).")));
        }

        Length("BudgetNote", form.BudgetNote.Trim(), PilotForm.NoteLength, "予算措置の内容", "budget note");
        Length("Notes", form.Notes.Trim(), PilotForm.LongLength, "メモ", "notes");
        return errors;
    }

    /// <summary>Applies a valid form; true when the period changed (due dates may follow).</summary>
    public static bool Apply(PilotForm form, Pilot pilot, bool canMove)
    {
        PilotForm.TryDay(form.StartDate, out var start);
        PilotForm.TryDay(form.EndDate, out var end);
        PilotForm.TryYen(form.BudgetAmount, out var yen);
        var periodChanged = pilot.StartDate != start || pilot.EndDate != end;
        pilot.Title = PilotForm.Clean(form.Title);
        pilot.TitleEn = PilotForm.Clean(form.TitleEn);
        pilot.BusinessesJson = PilotJson.Write(form.Organizations(PilotJson.Read(pilot.BusinessesJson)));
        if (canMove)
        {
            pilot.DepartmentCode = form.DepartmentCode is { Length: > 0 } code ? code : null;
        }

        (pilot.StartDate, pilot.EndDate, pilot.Place) = (start, end, PilotForm.Clean(form.Place));
        (pilot.SummaryJa, pilot.SummaryEn) = (form.SummaryJa.Trim(), form.SummaryEn.Trim());
        (pilot.CityProvides, pilot.CityProvidesNote) = (form.CityProvides, form.CityProvidesNote.Trim());
        (pilot.BusinessDoes, pilot.BusinessDoesNote) = (form.BusinessDoes, form.BusinessDoesNote.Trim());
        (pilot.CostSharing, pilot.BudgetAmount, pilot.BudgetNote, pilot.Notes) = (form.CostSharing.Trim(), yen, form.BudgetNote.Trim(), form.Notes.Trim());
        return periodChanged;
    }
}
