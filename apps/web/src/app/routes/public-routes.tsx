import { createRoute, lazyRouteComponent, Link, redirect, useNavigate, useRouter } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { AuthLayout } from '../../components/layout/auth-layout';
import { defaultOrgId, meQueryKey, meQueryOptions } from '../../lib/session';
import { rootRoute } from './root';
import { rendersPages } from './route-pages';

const LoginForm = lazyRouteComponent(() => import('../../features/auth/components/login-form'), 'LoginForm');
const SignupForm = lazyRouteComponent(() => import('../../features/auth/components/signup-form'), 'SignupForm');
const ForgotPasswordForm = lazyRouteComponent(() => import('../../features/auth/components/forgot-password-form'), 'ForgotPasswordForm');
const ResetPasswordForm = lazyRouteComponent(() => import('../../features/auth/components/reset-password-form'), 'ResetPasswordForm');
const AcceptInvitationPage = lazyRouteComponent(() => import('../../features/invitations/components/accept-invitation-page'), 'AcceptInvitationPage');

/** `/`: the first organization's events when signed in, else the log-in page. */
export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (!me) throw redirect({ to: '/login' });
    const orgId = defaultOrgId(me);
    if (!orgId) throw redirect({ to: '/welcome' });
    throw redirect({ to: '/orgs/$orgId', params: { orgId } });
  },
});

/** Only same-site paths, so a crafted link cannot bounce a fresh login to another site. */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

const redirectSearch = z.object({ redirect: z.string().max(2000).optional().catch(undefined) });

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search) => redirectSearch.parse(search),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: rendersPages(
    function LoginPage() {
      const { t } = useTranslation();
      const router = useRouter();
      const { redirect: target } = loginRoute.useSearch();
      return (
        <AuthLayout
          title={t('auth.login.title')}
          subtitle={t('auth.login.subtitle')}
          footer={
            <>
              {t('auth.login.noAccount')}{' '}
              <Link to="/signup" className="font-medium text-primary hover:underline">
                {t('auth.login.signupLink')}
              </Link>
            </>
          }
        >
          <LoginForm onSuccess={() => router.history.push(safeRedirect(target))} />
          <p className="mt-4 text-center text-[13px]">
            <Link to="/forgot-password" className="font-medium text-primary hover:underline">
              {t('security.forgot.link')}
            </Link>
          </p>
        </AuthLayout>
      );
    },
    LoginForm,
  ),
});

export const signupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signup',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (me) throw redirect({ to: '/' });
  },
  component: rendersPages(
    function SignupPage() {
      const { t } = useTranslation();
      const navigate = useNavigate();
      return (
        <AuthLayout
          title={t('auth.signup.title')}
          subtitle={t('auth.signup.subtitle')}
          footer={
            <>
              {t('auth.signup.haveAccount')}{' '}
              <Link to="/login" className="font-medium text-primary hover:underline">
                {t('auth.signup.loginLink')}
              </Link>
            </>
          }
        >
          <SignupForm
            onSuccess={(me) => {
              const orgId = me.memberships[0]?.organizationId;
              void navigate(orgId ? { to: '/orgs/$orgId/events', params: { orgId } } : { to: '/' });
            }}
          />
        </AuthLayout>
      );
    },
    SignupForm,
  ),
});

export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: rendersPages(
    function InvitePage() {
      const { t } = useTranslation();
      const navigate = useNavigate();
      const { token } = inviteRoute.useParams();
      return (
        <AuthLayout title={t('invite.title')}>
          <AcceptInvitationPage
            token={token}
            renderLogin={(props) => <LoginForm {...props} />}
            onJoined={(orgId) => void navigate({ to: '/orgs/$orgId', params: { orgId } })}
          />
        </AuthLayout>
      );
    },
    AcceptInvitationPage, LoginForm,
  ),
});

const backToLogin = (label: string) => (
  <Link to="/login" className="font-medium text-primary hover:underline">
    {label}
  </Link>
);

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: rendersPages(
    function ForgotPasswordPage() {
      const { t } = useTranslation();
      return (
        <AuthLayout title={t('security.forgot.title')} subtitle={t('security.forgot.subtitle')} footer={backToLogin(t('security.forgot.back'))}>
          <ForgotPasswordForm />
        </AuthLayout>
      );
    },
    ForgotPasswordForm,
  ),
});

/** The link from the reset email. Done: to the log-in page, with the new password to type. */
export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password/$token',
  component: rendersPages(
    function ResetPasswordPage() {
      const { t } = useTranslation();
      const navigate = useNavigate();
      const queryClient = useQueryClient();
      const { token } = resetPasswordRoute.useParams();
      return (
        <AuthLayout title={t('security.reset.title')} subtitle={t('security.reset.subtitle')} footer={backToLogin(t('security.forgot.back'))}>
          <ResetPasswordForm
            token={token}
            requestNewLink={
              <Link to="/forgot-password" className="font-medium text-primary hover:underline">
                {t('security.reset.requestNew')}
              </Link>
            }
            onDone={() => {
              // Every session of the account has ended, this browser's included.
              queryClient.setQueryData(meQueryKey, null);
              toast.success(t('security.reset.done'));
              void navigate({ to: '/login' });
            }}
          />
        </AuthLayout>
      );
    },
    ResetPasswordForm,
  ),
});
