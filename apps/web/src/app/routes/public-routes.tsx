import { createRoute, lazyRouteComponent, Link, redirect, useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AuthLayout } from '../../components/layout/auth-layout';
import { defaultOrgId, meQueryOptions } from '../../lib/session';
import { rootRoute } from './root';
import { rendersPages } from './route-pages';

const LoginForm = lazyRouteComponent(() => import('../../features/auth/components/login-form'), 'LoginForm');
const SignupForm = lazyRouteComponent(() => import('../../features/auth/components/signup-form'), 'SignupForm');
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
