using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Admin.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Admin.Controllers;

[Route("admin/settings")]
[AuthorizePermission(Permissions.Names.ManageSettings)]
internal sealed class SettingsController(ISiteSettingsService settings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var s = await settings.GetAsync();
        return View(new SettingsForm
        {
            SiteNameJa = s.SiteName.Ja, SiteNameEn = s.SiteName.En,
            DeskNameJa = s.DeskName.Ja, DeskNameEn = s.DeskName.En,
            OrganizationJa = s.Organization.Ja, OrganizationEn = s.Organization.En,
            PostalCode = s.PostalCode, AddressJa = s.Address.Ja, AddressEn = s.Address.En,
            Phone = s.Phone, Email = s.Email, DefaultCulture = s.DefaultCulture,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SettingsForm form)
    {
        Require(form.SiteNameJa, nameof(form.SiteNameJa), T("サイト名（日本語）を入力してください。", "Enter the site name in Japanese."));
        Require(form.SiteNameEn, nameof(form.SiteNameEn), T("サイト名（英語）を入力してください。", "Enter the site name in English."));
        Require(form.DeskNameJa, nameof(form.DeskNameJa), T("窓口名（日本語）を入力してください。", "Enter the desk name in Japanese."));
        Require(form.DeskNameEn, nameof(form.DeskNameEn), T("窓口名（英語）を入力してください。", "Enter the desk name in English."));
        var postal = NormalizeDigits(form.PostalCode);
        if (postal.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(postal, @"^\d{3}-\d{4}$"))
        {
            ModelState.AddModelError(nameof(form.PostalCode), T("郵便番号は「030-8505」の形式で入力してください。", "Enter the postal code as 030-8505."));
        }

        var phone = NormalizeDigits(form.Phone);
        if (phone.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^[0-9+][0-9-]{5,19}$"))
        {
            ModelState.AddModelError(nameof(form.Phone), T("電話番号は数字とハイフンで入力してください。", "Enter the phone number with digits and hyphens."));
        }

        if (!string.IsNullOrWhiteSpace(form.Email) && !form.Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(form.Email), T("正しいメールアドレスを入力してください。", "Enter a valid e-mail address."));
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await settings.SaveAsync(new SiteSettings(
            new LocalizedText(form.SiteNameJa.Trim(), form.SiteNameEn.Trim()),
            new LocalizedText(form.DeskNameJa.Trim(), form.DeskNameEn.Trim()),
            new LocalizedText(form.OrganizationJa.Trim(), form.OrganizationEn.Trim()),
            postal,
            new LocalizedText(form.AddressJa.Trim(), form.AddressEn.Trim()),
            phone,
            form.Email.Trim(),
            Cultures.Normalize(form.DefaultCulture)));
        TempData["Message"] = T("サイト設定を保存しました。", "Site settings saved.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Full-width digits and hyphens, as Japanese keyboards type them, become half-width.</summary>
    private static string NormalizeDigits(string? value) =>
        (value ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC)
            .Replace('−', '-').Replace('ー', '-').Replace('‐', '-').Trim();

    private void Require(string value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, message);
        }
    }
}
