export const PASSWORD_MIN_LENGTH = 10;

/** Problems with a proposed password, in Vietnamese (empty when acceptable). */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  }
  if (password.length > 200) problems.push('Mật khẩu dài quá 200 ký tự.');
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('Mật khẩu không được chứa tên đăng nhập.');
  }
  if (new Set(password).size < 4) problems.push('Mật khẩu cần đa dạng ký tự hơn.');
  return problems;
}
