using Microsoft.AspNetCore.Identity;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>Identity's messages in the user's language.</summary>
internal sealed class BilingualIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "処理できませんでした。", "The operation failed.");

    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "他の人が同時に変更しました。もう一度やり直してください。", "Someone else changed this at the same time. Please try again.");

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "現在のパスワードが正しくありません。", "The current password is incorrect.");

    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"メールアドレス「{email}」は正しくありません。", $"The e-mail address '{email}' is not valid.");

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"ユーザー名「{userName}」は使えません。", $"The user name '{userName}' cannot be used.");

    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"メールアドレス「{email}」は既に登録されています。", $"The e-mail address '{email}' is already registered.");

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"ユーザー名「{userName}」は既に使われています。", $"The user name '{userName}' is already taken.");

    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"ロール「{role}」は既にあります。", $"The role '{role}' already exists.");

    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"ロール名「{role}」は使えません。", $"The role name '{role}' cannot be used.");

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"パスワードは{length}文字以上にしてください。", $"Passwords must be at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "パスワードには数字を1文字以上含めてください。", "Passwords must contain at least one digit.");

    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "パスワードには英小文字を1文字以上含めてください。", "Passwords must contain at least one lowercase letter.");

    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "パスワードには英大文字を1文字以上含めてください。", "Passwords must contain at least one uppercase letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "パスワードには記号を1文字以上含めてください。", "Passwords must contain at least one symbol.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"パスワードには{uniqueChars}種類以上の文字を使ってください。", $"Passwords must use at least {uniqueChars} different characters.");

    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"既にロール「{role}」に属しています。", $"The user is already in role '{role}'.");

    private static IdentityError E(string code, string ja, string en) => new() { Code = code, Description = T(ja, en) };
}
