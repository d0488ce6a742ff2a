using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>
/// The 留意事項 proposers consent to (a changed text needs a new version: each consent names the version it agreed to),
/// whether the desk reviews departments' answers, and how long closed proposals' personal data is kept.
/// </summary>
[Route("admin/proposals/settings")]
[AuthorizePermission(Permissions.Names.ManageProposalSettings)]
internal sealed class ProposalSettingsController(ProposalSettingsStore settings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        return View("Settings", new SettingsForm
        {
            NoticeJa = current?.NoticeJa ?? string.Empty,
            NoticeEn = current?.NoticeEn ?? string.Empty,
            NoticeVersion = current?.NoticeVersion ?? string.Empty,
            DeskReviewsAnswers = current?.DeskReviewsAnswers ?? true,
            PersonalDataRetentionYears = (current?.PersonalDataRetentionYears ?? ProposalRetention.DefaultYears).ToString(CultureInfo.InvariantCulture),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm] SettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        form.NoticeJa = ProposalValidator.Text(form.NoticeJa);
        form.NoticeEn = ProposalValidator.Text(form.NoticeEn);
        form.NoticeVersion = ProposalValidator.Text(form.NoticeVersion);
        form.DeskReviewsAnswers = Request.Form["DeskReviewsAnswers"] == "true";
        var current = await settings.GetAsync(cancellationToken);
        if (form.NoticeJa.Length == 0)
        {
            ModelState.AddModelError("NoticeJa", T("留意事項（日本語）を入力してください。", "Enter the notes in Japanese."));
        }

        if (form.NoticeEn.Length == 0)
        {
            ModelState.AddModelError("NoticeEn", T("留意事項（英語）を入力してください。", "Enter the notes in English."));
        }

        if (form.NoticeVersion.Length is 0 or > 40)
        {
            ModelState.AddModelError("NoticeVersion", T("版（例：2026-12-01）を40文字以内で入力してください。", "Enter a version (e.g. 2026-12-01) of at most 40 characters."));
        }
        else if (current is not null && form.NoticeVersion == current.NoticeVersion && (form.NoticeJa != current.NoticeJa || form.NoticeEn != current.NoticeEn))
        {
            ModelState.AddModelError("NoticeVersion", T("内容を変えたときは、新しい版を入力してください（同意の記録がどの内容に対するものか分かるようにするためです）。", "The text changed: enter a new version, so each recorded consent names the text it agreed to."));
        }

        form.PersonalDataRetentionYears = JapaneseInput.Number(form.PersonalDataRetentionYears ?? string.Empty);
        if (!int.TryParse(form.PersonalDataRetentionYears, NumberStyles.None, CultureInfo.InvariantCulture, out var retentionYears) || retentionYears > ProposalRetention.MaxYears)
        {
            ModelState.AddModelError("PersonalDataRetentionYears", T(
                $"個人情報の保存期間は0〜{ProposalRetention.MaxYears}の整数（年）で入力してください（0は削除しません）。",
                $"Enter the retention period as a whole number of years from 0 to {ProposalRetention.MaxYears} (0 keeps the data)."));
        }

        if (!ModelState.IsValid)
        {
            return View("Settings", form);
        }

        await settings.SaveAsync(form.NoticeJa, form.NoticeEn, form.NoticeVersion, form.DeskReviewsAnswers, retentionYears, cancellationToken);
        TempData["Message"] = T("保存しました。", "Saved.");
        return Redirect("/admin/proposals/settings");
    }

    private static string T(string ja, string en) => Cultures.T(ja, en);
}
