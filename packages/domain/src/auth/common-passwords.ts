/** Common passwords (8+ characters, the only ones the length rule lets through), lower-cased. */
export const COMMON_PASSWORDS: readonly string[] = [
  '00000000', '11111111', '11223344', '12121212', '123123123', '12341234', '12345678', '123456789',
  '1234567890', '123456abc', '1234qwer', '12qwaszx', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', '88888888',
  '987654321', 'a1b2c3d4', 'aa123456', 'abc12345', 'abcd1234', 'admin123', 'administrator', 'asdf1234',
  'asdfasdf', 'asdfghjkl', 'barcelona', 'baseball', 'baseball1', 'bigdaddy', 'bismillah', 'changeme',
  'chelsea1', 'cinta123', 'computer', 'corvette', 'doraemon', 'dragon123', 'football', 'football1',
  'hardcore', 'iloveyou', 'iloveyou1', 'indonesia', 'indonesia1', 'internet', 'jakarta123', 'jennifer',
  'juventus', 'letmein1', 'liverpool', 'manchester', 'master123', 'maverick', 'mercedes', 'michelle',
  'midnight', 'monkey123', 'p@ssw0rd', 'p@ssword', 'passw0rd', 'password', 'password1', 'password12',
  'password123', 'princess', 'princess1', 'q1w2e3r4', 'q1w2e3r4t5', 'qwer1234', 'qwerty12', 'qwerty123',
  'qwertyuiop', 'rahasia123', 'realmadrid', 'samantha', 'sasuke123', 'sayang123', 'sayangku', 'shadow123',
  'starwars', 'starwars1', 'steelers', 'sunshine', 'sunshine1', 'superman', 'superman1', 'surabaya',
  'trustno1', 'trustno11', 'welcome1', 'welcome123', 'whatever', 'zaq12wsx', 'zxcvbnm1',
];
