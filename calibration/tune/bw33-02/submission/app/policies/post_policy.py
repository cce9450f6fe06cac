class AuthorizationException(Exception):
    def __init__(self, message="This action is unauthorized."):
        self.message = message
        super().__init__(message)


class PostPolicy:
    def update(self, user, post):
        return user.id == post.user_id

    def delete(self, user, post):
        return user.id == post.user_id


class Gate:
    policies = {"Post": PostPolicy()}

    @classmethod
    def authorize(cls, ability, model, user):
        policy = cls.policies.get(type(model).__name__)
        if policy is None or not getattr(policy, ability)(user, model):
            raise AuthorizationException()
        return True
